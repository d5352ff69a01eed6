import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { goBackThrough, launchBrowser, openPhone, screenshot, seenIn, signInAs } from './support/browser';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** From a home's assessment entry to the year's selection (offered once the results are published). */
const openSelection = async (page: import('playwright-core').Page, entry: string) => {
  await seenIn(page, entry).click();
  await page.waitForURL(/assessment\/pages\/year/);
  await seenIn(page, '.selection-entry .card-head__link').click();
  await page.waitForURL(/assessment\/pages\/selection/);
};

const confirmModal = (page: import('playwright-core').Page) => seenIn(page, '.taro-modal__foot').getByText('确定').click();

test('the district publishes a scheme, computes the year and drills down from a unit’s score to a steward’s evidence records, then publishes', async () => {
  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  await seenIn(district, '.district-tile--assessment').click();
  await district.waitForURL(/assessment\/pages\/year/);
  await seenIn(district, '.run-card').filter({ hasText: '尚未计算本年度考核' }).waitFor();
  await seenIn(district, '.scheme-link').click();
  await district.waitForURL(/assessment\/pages\/scheme/);
  await seenIn(district, '.scheme-indicator--satisfaction').filter({ hasText: '企业满意度  25 分' }).waitFor();
  await screenshot(district, 'assessment-scheme');
  // The demo year is young: every steward ranks, however few ratings they have.
  await seenIn(district, '.min-rated-input input').fill('0');
  await seenIn(district, '.publish-scheme-button').click();
  await confirmModal(district);
  await seenIn(district, '.scheme-versions').filter({ hasText: '第 1 版' }).waitFor();
  await goBackThrough(district, '.assessment-year-page');

  await seenIn(district, '.run-button').click();
  await seenIn(district, '.run-card').filter({ hasText: '已计算，待发布' }).waitFor({ timeout: 30_000 });
  const units = seenIn(district, '.score-row--unit');
  await units.first().waitFor();
  assert.ok((await units.count()) >= 10, 'every unit has a score');
  await screenshot(district, 'assessment-year');
  await units.filter({ hasText: '陆家嘴' }).first().click();
  await district.waitForURL(/assessment\/pages\/unit/);
  const steward = seenIn(district, '.steward-scores .score-row--steward').first();
  const stewardName = (await steward.locator('.score-row__name').innerText()).trim();
  await screenshot(district, 'assessment-unit');
  await steward.click();
  await district.waitForURL(/assessment\/pages\/subject/);
  await seenIn(district, '.subject-total').filter({ hasText: stewardName }).waitFor();
  await seenIn(district, '.indicator-card--demandTimeliness').waitFor();
  await screenshot(district, 'assessment-steward');
  await seenIn(district, '.measure-row--reviewOnTimeRate .measure-row__evidence').click();
  await district.waitForURL(/assessment\/pages\/evidence/);
  await seenIn(district, '.evidence-head').filter({ hasText: '诉求办理时效' }).waitFor();
  const records = seenIn(district, '.evidence-row');
  await Promise.race([records.first().waitFor(), seenIn(district, '.empty-state').first().waitFor()]);
  if (await records.count()) {
    assert.match(await records.first().innerText(), /管家审核(按时|逾期) 1/);
    await screenshot(district, 'assessment-evidence');
    await records.first().click();
    await district.waitForURL(/demand-detail/);
    await seenIn(district, '.demand-detail').first().waitFor();
  }

  // The rest on the year page, opened afresh from the home (Taro's H5 router can leave the page it
  // goes back to hidden when the one it leaves opened moments before).
  await district.close();
  const desk = await openPhone(browser);
  await signInAs(desk, 'district-01');
  await seenIn(desk, '.district-tile--assessment').click();
  await desk.waitForURL(/assessment\/pages\/year/);
  await seenIn(desk, '.run-card').filter({ hasText: '已计算，待发布' }).waitFor();
  await seenIn(desk, '.rectify-below-input input').fill('');
  await seenIn(desk, '.publish-button').click();
  await confirmModal(desk);
  await seenIn(desk, '.run-card').filter({ hasText: '已发布' }).waitFor();

  const unit = await openPhone(browser);
  await signInAs(unit, 'unit-admin-z01');
  await seenIn(unit, '.assessment-entry').click();
  await unit.waitForURL(/assessment\/pages\/year/);
  await seenIn(unit, '.score-row--unit').filter({ hasText: '陆家嘴' }).click();
  await unit.waitForURL(/assessment\/pages\/unit/);
  await seenIn(unit, '.acknowledge-button').click();
  await seenIn(unit, '.ack-done').waitFor();
  await screenshot(unit, 'assessment-unit-acknowledged');
});

test('a unit nominates within its quota, the district rejects one with a reason, accepts one, publishes and exports the list', async () => {
  const unit = await openPhone(browser);
  await signInAs(unit, 'unit-admin-z01');
  await openSelection(unit, '.assessment-entry');
  const candidates = seenIn(unit, '.candidate-row');
  await candidates.first().waitFor();
  await candidates.nth(0).click();
  await candidates.nth(1).click();
  const reasons = seenIn(unit, '.nomination-form textarea');
  await reasons.nth(0).fill('全年走访联系企业及时，诉求办理满意度高。');
  await reasons.nth(1).fill('主动对接企业需求，协调解决用地问题。');
  await screenshot(unit, 'selection-nominate');
  await seenIn(unit, '.nominate-button').click();
  await seenIn(unit, '.nominate-card .notice').filter({ hasText: '待审核' }).waitFor();

  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  await openSelection(district, '.district-tile--assessment');
  const nominees = seenIn(district, '.nominee-row');
  await nominees.nth(1).waitFor();
  await nominees.nth(1).locator('.reject-button').click();
  await seenIn(district, '.nominee-row .form-error').filter({ hasText: '不通过的理由' }).waitFor();
  await nominees.nth(1).locator('.review-reason-input input').fill('事迹材料不足，请明年再推荐');
  await nominees.nth(1).locator('.reject-button').click();
  await nominees.nth(1).filter({ hasText: '未通过' }).waitFor();
  await nominees.nth(0).locator('.accept-button').click();
  await nominees.nth(0).filter({ hasText: '已通过' }).waitFor();
  await seenIn(district, '.publish-selection-button').click();
  await confirmModal(district);
  await seenIn(district, '.selection-head').filter({ hasText: '名单已于' }).waitFor();
  await seenIn(district, '.export-button').click();
  await seenIn(district, '.export-link').first().waitFor();
  await screenshot(district, 'selection-published');

  await unit.reload();
  await seenIn(unit, '.nominate-card .notice').filter({ hasText: '已通过' }).waitFor();
  assert.match(await seenIn(unit, '.nominate-card .notice').innerText(), /未通过（事迹材料不足/);
});
