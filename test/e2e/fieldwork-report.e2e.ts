import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { callAs, confirmDate, pickWheelRow } from './support/fieldwork';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('a steward reports an out-migration; the unit admin sees the risk first and the district filters and exports it', async () => {
  const enterprise = await callAs<{ name: string }>('steward-01', 'enterprise.get', { id: 'ent-003' });
  const reason = '当地提供 5 万平方米厂房和三年租金减免，企业拟将生产基地迁往昆山';

  const steward = await openPhone(browser);
  await signInAs(steward, 'steward-01');
  await seenIn(steward, '.fieldwork-entry--report').click();
  await steward.waitForURL(/report-new/);
  await pickWheelRow(steward, seenIn(steward, '.enterprise-picker'), enterprise.name);
  await seenIn(steward, '.enterprise-picker').filter({ hasText: enterprise.name }).waitFor();
  await seenIn(steward, '.report-categories .chip--choice').filter({ hasText: '企业迁入迁出' }).click();
  await seenIn(steward, '.report-input--direction .chip--choice').filter({ hasText: '迁出' }).click();
  await seenIn(steward, '.report-input--place input').fill('江苏省昆山市');
  await seenIn(steward, '.report-input--scope .chip--choice').filter({ hasText: '部分' }).click();
  await confirmDate(steward, seenIn(steward, '.report-input--expectedDate'));
  await seenIn(steward, '.report-input--reason textarea').fill(reason);
  await screenshot(steward, 'fieldwork-report-form');
  await seenIn(steward, '.submit-button').click();

  await seen(steward, '已同步提示属地单位和区科经委').waitFor();
  assert.equal(await seenIn(steward, '.report-risk__reason').innerText(), '企业计划部分迁出至江苏省昆山市');
  await screenshot(steward, 'fieldwork-report-risk');

  // The unit admin of 陆家嘴管理局 sees the risk on the home, then in the list, risk first.
  const admin = await openPhone(browser);
  await signInAs(admin, 'unit-admin-z01');
  const risk = seenIn(admin, '.oversight-card .oversight-risk').filter({ hasText: enterprise.name });
  await risk.waitFor();
  assert.match(await risk.innerText(), /企业计划部分迁出至江苏省昆山市/);
  await screenshot(admin, 'fieldwork-unit-home-risk');
  await risk.click();
  await admin.waitForURL(/fieldwork\/pages\/reports/);
  const item = seenIn(admin, '.report-item').filter({ hasText: enterprise.name }).first();
  await item.waitFor();
  await item.locator('.risk-flag').waitFor();
  assert.equal(await seenIn(admin, '.tabs__tab--active').innerText(), '风险提示');
  await seenIn(admin, '.export-button').click();
  const link = seenIn(admin, '.export-link__anchor');
  await link.waitFor();
  const href = await link.getAttribute('href');
  assert.ok(href, 'the export gives a link');
  const file = await fetch(href);
  assert.equal(file.status, 200);
  assert.ok((await file.arrayBuffer()).byteLength > 1000, 'an Excel file comes back');
  await screenshot(admin, 'fieldwork-unit-reports-export');

  // The district filters by category and exports what it sees.
  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  await seenIn(district, '.district-tile--reports .district-tile__badge').waitFor();
  await screenshot(district, 'fieldwork-district-home');
  await seenIn(district, '.district-tile--reports').click();
  await district.waitForURL(/district\/pages\/reports/);
  await pickWheelRow(district, seenIn(district, '.category-filter'), '企业迁入迁出');
  await seenIn(district, '.category-filter').filter({ hasText: '企业迁入迁出' }).waitFor();
  await seenIn(district, '.search-button').click();
  await seenIn(district, '.report-item').filter({ hasText: enterprise.name }).first().waitFor();
  const categories = await seenIn(district, '.report-item__category').allInnerTexts();
  assert.ok(categories.length > 0 && categories.every((c) => c === '企业迁入迁出'));
  await seenIn(district, '.export-button').click();
  await seenIn(district, '.export-link__anchor').filter({ hasText: /下载 Excel（\d+ 条）/ }).waitFor();
  await screenshot(district, 'fieldwork-district-reports');
});
