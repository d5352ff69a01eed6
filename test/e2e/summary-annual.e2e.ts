import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const confirm = (page: Page) => seenIn(page, '.taro-modal__foot').getByText('确定').click();
const status = (page: Page, label: string) => seenIn(page, '.summary-status').filter({ hasText: label }).waitFor();

test('a steward\'s prefilled summary is edited, returned, resubmitted and accepted; the unit\'s goes to the district, which accepts and exports it', async () => {
  const reason = '请补充典型案例的具体办理经过和企业反馈。';
  const plans = '明年每季度至少上门走访每家企业一次，重点做好政策精准推送。';

  const steward = await openPhone(browser);
  const me = await signInAs(steward, 'steward-01');
  await seenIn(steward, '.fieldwork-entry--summary').click();
  await steward.waitForURL(/summary\/pages\/write/);
  const duties = seenIn(steward, '.section-input--duties textarea');
  assert.match(await duties.inputValue(), /服务重点企业\d+家，联系企业\d+次/);
  await seenIn(steward, '.summary-reference__row--enterprises').waitFor();
  await seenIn(steward, '.section-input--problems textarea').fill('上门走访频次仍不均衡，个别企业联系间隔偏长。');
  await seenIn(steward, '.section-input--plans textarea').fill(plans);
  await screenshot(steward, 'summary-write-prefilled');
  await seenIn(steward, '.submit-summary-button').click();
  await confirm(steward);
  await status(steward, '待审核');

  const unit = await openPhone(browser);
  await signInAs(unit, 'unit-admin-z01');
  await seenIn(unit, '.summary-entry').click();
  await unit.waitForURL(/summary\/pages\/list/);
  const row = seenIn(unit, '.summary-row').filter({ hasText: me.name });
  await row.filter({ hasText: '待审核' }).waitFor();
  await screenshot(unit, 'summary-unit-list');
  await row.click();
  await unit.waitForURL(/summary\/pages\/view/);
  await seen(unit, plans).waitFor();
  await seenIn(unit, '.return-reason textarea').fill(reason);
  await seenIn(unit, '.return-summary').click();
  await status(unit, '退回修改');

  await steward.reload();
  await seenIn(steward, '.summary-returned').filter({ hasText: reason }).waitFor();
  await screenshot(steward, 'summary-write-returned');
  const results = seenIn(steward, '.section-input--results textarea');
  await results.fill(`${await results.inputValue()}其中贷款贴息一案五个工作日办结，企业评价非常满意。`);
  await seenIn(steward, '.submit-summary-button').click();
  await confirm(steward);
  await status(steward, '待审核');

  await unit.reload();
  await status(unit, '待审核');
  await seenIn(unit, '.accept-summary-button').click();
  await confirm(unit);
  await status(unit, '已通过');

  // The unit's own summary lists its stewards, this one accepted.
  await unit.goBack();
  await unit.waitForURL(/summary\/pages\/list/);
  await seenIn(unit, '.write-unit-summary').click();
  await unit.waitForURL(/summary\/pages\/write/);
  await seenIn(unit, '.summary-annex__row').filter({ hasText: me.name }).filter({ hasText: '已通过' }).waitFor();
  await seenIn(unit, '.section-input--problems textarea').fill('个别管家走访记录不够规范，联系周期执行不够均衡。');
  await seenIn(unit, '.section-input--plans textarea').fill(plans);
  await seenIn(unit, '.submit-summary-button').click();
  await confirm(unit);
  await status(unit, '待审核');

  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  await seenIn(district, '.district-tile--summary').click();
  await district.waitForURL(/summary\/pages\/list/);
  const unitRow = seenIn(district, '.summary-row').filter({ hasText: '待审核' }).first();
  const unitName = (await unitRow.locator('.summary-row__name').innerText()).trim();
  await screenshot(district, 'summary-district-list');
  await unitRow.click();
  await district.waitForURL(/summary\/pages\/view/);
  await seenIn(district, '.accept-summary-button').click();
  await confirm(district);
  await status(district, '已通过');
  await seenIn(district, '.export-summary').click();
  const link = seenIn(district, '.document-link a');
  await link.waitFor();
  await screenshot(district, 'summary-district-exported');

  const file = await district.request.get((await link.getAttribute('href'))!);
  assert.equal(file.status(), 200);
  const xml = await (await JSZip.loadAsync(await file.body())).file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  assert.ok(text.includes(`${unitName}`), 'the document names the unit');
  assert.ok(text.includes('五、下一步计划') && text.includes(plans), 'the sections are in it');
  assert.ok(text.includes('附件') && text.includes(me.name), 'the annex lists the unit\'s stewards');
});
