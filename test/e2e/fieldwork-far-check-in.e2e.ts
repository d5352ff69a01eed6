import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { callAs, openPhoneAt } from './support/fieldwork';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

// 陆家嘴: where the enterprise is, and a spot about 2.2 km north of it.
const AT = { latitude: 31.2397, longitude: 121.4998 };
const FAR = { latitude: 31.2597, longitude: 121.4998 };

test('the unit sets an enterprise’s location; a check-in 2 km away is flagged to the steward, on the unit home and in the history', async () => {
  const enterprise = await callAs<{ name: string }>('steward-01', 'enterprise.get', { id: 'ent-006' });

  // The unit admin types the point (the H5 build has no map picker) on 联系周期与位置.
  const admin = await openPhone(browser);
  await signInAs(admin, 'unit-admin-z01');
  // A redirect the sign-in finishes late can take the page back home: open the form until it shows.
  const latitude = seenIn(admin, '.location-latitude-input input');
  for (let attempt = 0; attempt < 3; attempt++) {
    await admin.goto(`${BASE_URL}/#/unit/pages/cadence-edit/index?id=ent-006`);
    if (await latitude.waitFor({ timeout: 8_000 }).then(() => true, () => false)) break;
  }
  await latitude.fill(String(AT.latitude));
  await seenIn(admin, '.location-longitude-input input').fill(String(AT.longitude));
  await screenshot(admin, 'far-check-in-unit-location');
  await seenIn(admin, '.submit-button').click();
  await seen(admin, '已保存').waitFor();
  assert.deepEqual((await callAs<{ location: object }>('district-01', 'enterprise.get', { id: 'ent-006' })).location, AT);

  // The steward records an on-site visit, checked in 2 km away.
  const steward = await openPhoneAt(browser, FAR);
  await signInAs(steward, 'steward-01');
  await steward.goto(`${BASE_URL}/#/pages/enterprise-profile/index?id=ent-006`);
  await seenIn(steward, '.record-contact-button').click();
  await steward.waitForURL(/record-contact/);
  await seenIn(steward, '.contact-type').filter({ hasText: '上门走访' }).click();
  await seenIn(steward, '.who-input input').fill('赵总经理');
  await seenIn(steward, '.topics-input textarea').fill('在企业新租的研发中心座谈，了解搬迁进度');
  await seenIn(steward, '.outcome-input textarea').fill('企业计划下季度整体迁入新址，将更新注册地址');
  await seenIn(steward, '.check-in-button').click();
  await seen(steward, /已打卡/).waitFor();
  await seenIn(steward, '.submit-button').click();
  const flagged = seenIn(steward, '.taro-modal__content').filter({ hasText: /打卡位置距企业约 2\.\d 公里，超过 1 公里，已标记/ });
  await flagged.waitFor();
  await screenshot(steward, 'far-check-in-steward-told');
  await seenIn(steward, '.taro-modal__foot').getByText('确定').click();

  // The unit admin sees it on the home, and the flag on the record in the enterprise's history.
  await admin.goto(`${BASE_URL}/#/pages/index/index`);
  const row = seenIn(admin, '.flagged-check-ins .flagged-check-in').filter({ hasText: enterprise.name }).first();
  await row.waitFor();
  assert.match(await row.innerText(), /距 2\.\d 公里/);
  await row.scrollIntoViewIfNeeded();
  await screenshot(admin, 'far-check-in-unit-home');
  await row.click();
  await admin.waitForURL(/enterprise-profile/);
  const record = seenIn(admin, '.contact-record').filter({ hasText: '赵总经理' }).first();
  await record.locator('.check-in-flag--far').waitFor();
  await record.scrollIntoViewIfNeeded();
  await screenshot(admin, 'far-check-in-history');
  const listed = await callAs<{ items: { who: string; checkIn?: { flag?: string } }[] }>('unit-admin-z01', 'contact.list', { checkInFlag: 'far', page: 1, pageSize: 10 });
  assert.ok(listed.items.some((c) => c.who === '赵总经理' && c.checkIn?.flag === 'far'));
});
