import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { nthWorkingDayAfter } from '../../src/core/time/working-days';
import { shanghaiDate } from '../../src/core/time/shanghai';
import { BASE_URL, identityOf, launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { callAs } from './support/demand-flow';
import { pickSteward } from './support/taro-picker';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

test('a unit admin proposes a steward change, the district confirms it, the enterprise is told, and the new steward contacts it within 3 working days', async () => {
  const [from, to] = await Promise.all([identityOf('steward-01'), identityOf('steward-02')]);
  const handed = await Promise.all(['ent-010', 'ent-011'].map((id) => callAs<{ id: string; name: string }>('steward-01', 'enterprise.get', { id })));
  const overrides = Object.fromEntries(
    (await callAs<{ date: string; working: boolean }[]>('district-01', 'calendar.list', {})).map((o) => [o.date, o.working]),
  );
  const deadline = `${monthDay(nthWorkingDayAfter(shanghaiDate(new Date()), 3, overrides))}前联系`;

  // The unit admin of 陆家嘴管理局 proposes handing two of steward-01's enterprises to steward-02.
  const admin = await openPhone(browser);
  await signInAs(admin, 'unit-admin-z01');
  await seen(admin, '平均每位管家服务').waitFor();
  await screenshot(admin, 'unit-home');
  await seen(admin, '管家交接').click();
  await admin.waitForURL(/unit\/pages\/handover/);
  await pickSteward(admin, '.from-steward .picker-value', from.name);
  await seen(admin, /^全部企业（\d+ 家）$/).click();
  for (const enterprise of handed) await seenIn(admin, '.enterprise-tick').filter({ hasText: enterprise.name }).click();
  await seen(admin, '已选 2 家').waitFor();
  await pickSteward(admin, '.to-steward .picker-value', to.name, 'unit-handover-steward-sheet');
  await seenIn(admin, '.reason-input textarea').fill('陆家嘴金融城片区重新分工');
  await screenshot(admin, 'unit-handover-form');
  await seenIn(admin, '.submit-button').click();
  await seenIn(admin, '.taro-modal__foot').getByText('提交申请').click();

  await seen(admin, '已提交，待区科经委确认').waitFor();
  const proposal = seenIn(admin, '.handover-result .handover-request');
  assert.match(await proposal.innerText(), /待区科经委确认/);
  for (const enterprise of handed) assert.match(await proposal.innerText(), new RegExp(enterprise.name));
  await screenshot(admin, 'unit-handover-result');
  // Nothing has moved yet: the enterprise still has its steward.
  assert.equal((await callAs<{ stewardId: string }>('district-01', 'enterprise.get', { id: 'ent-010' })).stewardId, 'u-steward-01');

  // The district sees it waiting on its home and confirms it.
  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  const tile = seenIn(district, '.district-tile--handovers');
  await tile.locator('.district-tile__badge').waitFor();
  await screenshot(district, 'district-home-handovers');
  await tile.click();
  await district.waitForURL(/district\/pages\/handovers/);
  const request = seenIn(district, '.handover-request').filter({ hasText: `${from.name} → ${to.name}` }).first();
  await request.waitFor();
  assert.match(await request.innerText(), /原因：陆家嘴金融城片区重新分工/);
  await screenshot(district, 'district-handovers-pending');
  await request.locator('.approve-action').click();
  await request.locator('.confirm-decision').click();
  await seen(district, '交接已生效').waitFor();
  await request.locator('.handover-request__status').filter({ hasText: '已生效' }).waitFor();
  await screenshot(district, 'district-handovers-confirmed');

  // steward-02 sees both handover tasks first on the home, with their deadlines.
  const steward = await openPhone(browser);
  await signInAs(steward, 'steward-02');
  const firstCard = seenIn(steward, '.card').first();
  await firstCard.locator('.handover-task').first().waitFor();
  assert.match(await firstCard.locator('.card__title').innerText(), /交接任务/);
  for (const enterprise of handed) {
    const task = firstCard.locator('.handover-task').filter({ hasText: enterprise.name });
    assert.equal(await task.locator('.handover-task__deadline').innerText(), deadline);
    assert.match(await task.locator('.handover-task__left').innerText(), /还剩 \d+ 天|今天截止/);
  }
  await screenshot(steward, 'steward-home-handover-tasks');

  // The enterprise contact of one of them sees steward-02 as its steward, and a message naming them and their phone.
  const contact = await openPhone(browser);
  await signInAs(contact, 'ent-010');
  await seenIn(contact, '.steward-card .steward-name').filter({ hasText: to.name }).waitFor();
  await screenshot(contact, 'enterprise-home-new-steward');
  const newSteward = await callAs<{ items: { id: string; phone?: string }[] }>('district-01', 'account.list', { role: 'steward', unitId: 'unit-z01', page: 1, pageSize: 50 });
  const phone = newSteward.items.find((a) => a.id === 'u-steward-02')!.phone!;
  const inbox = await callAs<{ items: { kind: string; title: string; body: string }[] }>('ent-010', 'message.list', { page: 1, pageSize: 20 });
  const told = inbox.items.find((m) => m.kind === 'info:steward-changed');
  assert.ok(told, 'the enterprise has the steward-change message');
  assert.equal(told.title, `您的服务管家已变更为${to.name}`);
  assert.match(told.body, new RegExp(phone));
  const stewardInbox = await callAs<{ items: { kind: string }[] }>('steward-02', 'message.list', { page: 1, pageSize: 20 });
  assert.ok(stewardInbox.items.some((m) => m.kind === 'todo:handover'), 'the new steward was told');

  // steward-02 records a phone contact with that enterprise; its handover task is done.
  await firstCard.locator('.handover-task').filter({ hasText: handed[0].name }).click();
  await steward.waitForURL(/enterprise-profile/);
  await seenIn(steward, '.record-contact-button').click();
  await steward.waitForURL(/record-contact/);
  await seenIn(steward, '.contact-type').filter({ hasText: '电话' }).click();
  await seenIn(steward, '.who-input input').fill('王总经理');
  await seenIn(steward, '.topics-input textarea').fill('自我介绍为新任服务管家，了解企业近期经营情况和诉求');
  await seenIn(steward, '.outcome-input textarea').fill('企业留存了管家联系方式，暂无新诉求');
  await screenshot(steward, 'steward-record-contact');
  await seenIn(steward, '.submit-button').click();
  await seen(steward, '已记录，交接任务已完成').waitFor();
  await steward.waitForURL(/enterprise-profile/);
  await seenIn(steward, '.contact-record').filter({ hasText: '王总经理' }).waitFor();
  await screenshot(steward, 'steward-enterprise-profile');

  await steward.goto(`${BASE_URL}/#/steward/pages/handover-tasks/index`);
  await seenIn(steward, '.tabs__tab').filter({ hasText: '已完成' }).click();
  const done = seenIn(steward, '.handover-task--done').filter({ hasText: handed[0].name });
  await done.waitFor();
  assert.equal(await done.locator('.handover-task__left').innerText(), '已完成');
  await screenshot(steward, 'steward-handover-done');
  await seenIn(steward, '.tabs__tab').filter({ hasText: '待联系' }).click();
  await seenIn(steward, '.handover-task').filter({ hasText: handed[1].name }).waitFor();
  assert.equal(await seenIn(steward, '.handover-task').filter({ hasText: handed[0].name }).count(), 0);
});
