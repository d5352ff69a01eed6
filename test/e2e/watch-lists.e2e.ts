import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { callAs, pickWheelRow } from './support/fieldwork';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

type Page<T> = { items: T[] };

/** A unit with overdue demands, found as the district would: the first overdue demand's unit. */
async function unitWithOverdueDemands() {
  const overdue = await callAs<Page<{ enterpriseId: string }>>('district-01', 'demand.list', { overdue: true, pageSize: 1 });
  assert.ok(overdue.items.length, 'the demo data has an overdue demand');
  const enterprise = await callAs<{ unitId: string }>('district-01', 'enterprise.get', { id: overdue.items[0].enterpriseId });
  const units = await callAs<Array<{ id: string; name: string }>>('district-01', 'org.units');
  return units.find((u) => u.id === enterprise.unitId)!;
}

test('the district filters the watch list to one unit overdue demands, exports it, and opens an enterprise profile from a row', async () => {
  const unit = await unitWithOverdueDemands();
  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  const tile = seenIn(district, '.district-tile--watch');
  await tile.locator('.count-badge').waitFor();
  await screenshot(district, 'watch-district-home');
  await tile.click();
  await district.waitForURL(/oversight\/pages\/demands/);
  await seenIn(district, '.demand-item').first().waitFor();
  await screenshot(district, 'watch-district-list');

  await seenIn(district, '.overdue-chip').click();
  await pickWheelRow(district, seenIn(district, '.unit-filter'), unit.name);
  await seenIn(district, '.unit-filter').filter({ hasText: unit.name }).waitFor();
  await seenIn(district, '.search-button').click();
  await district.waitForFunction(() => {
    const items = [...document.querySelectorAll('.watch-list .demand-item')].filter((n) => (n as HTMLElement).offsetParent);
    return items.length > 0 && items.every((n) => n.querySelector('.demand-overdue'));
  });
  const shown = await seenIn(district, '.watch-list .demand-item').count();
  const expected = await callAs<Page<{ id: string }>>('district-01', 'demand.list', { overdue: true, unitId: unit.id, pageSize: 20 });
  assert.equal(shown, expected.items.length);
  await screenshot(district, 'watch-district-filtered');

  await seenIn(district, '.export-button').click();
  const link = seenIn(district, '.export-link__anchor').filter({ hasText: /下载 Excel（\d+ 条）/ });
  await link.waitFor();
  assert.match(await link.innerText(), new RegExp(`（${expected.items.length} 条）`));
  const file = await fetch((await link.getAttribute('href'))!);
  assert.equal(file.status, 200);
  assert.equal(Buffer.from(await file.arrayBuffer()).subarray(0, 2).toString(), 'PK', 'an .xlsx (zip) file comes back');
  await screenshot(district, 'watch-district-exported');

  const row = seenIn(district, '.watch-list .demand-item').first();
  const name = (await row.locator('.demand-enterprise--link').innerText()).replace(/\s*›$/, '');
  await row.locator('.demand-enterprise--link').click();
  await district.waitForURL(/pages\/enterprise-profile/);
  await seenIn(district, '.profile-head').filter({ hasText: name }).waitFor();
  await screenshot(district, 'watch-district-enterprise-profile');
});

test('the district opens a unit stewards and one steward page, and the cadence watch across units and in one', async () => {
  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  await seenIn(district, '.district-tile--dashboard').click();
  await district.waitForURL(/district\/pages\/dashboard/);
  await seenIn(district, '.unit-row').filter({ hasText: '陆家嘴管理局' }).first().click();
  await district.waitForURL(/oversight\/pages\/stewards/);
  const steward = seenIn(district, '.steward-load').filter({ hasText: '白丽' });
  await steward.waitFor();
  await screenshot(district, 'watch-unit-stewards');
  await steward.click();
  await district.waitForURL(/oversight\/pages\/steward\/index/);
  await seenIn(district, '.steward-head').filter({ hasText: '白丽' }).waitFor();
  await seenIn(district, '.satisfaction-card').waitFor();
  await screenshot(district, 'watch-steward-page');
  await seenIn(district, '.period-chip').filter({ hasText: '近一年' }).click();
  await seenIn(district, '.contacts-card').filter({ hasText: '近一年' }).waitFor();
  await district.locator('.satisfaction-card').filter({ visible: true }).scrollIntoViewIfNeeded();
  await screenshot(district, 'watch-steward-page-year');

  await district.goto(`${new URL(district.url()).origin}/#/pages/index/index`);
  await seenIn(district, '.district-tile--cadence').click();
  await district.waitForURL(/oversight\/pages\/cadence/);
  await seenIn(district, '.cadence-item').first().waitFor();
  assert.ok((await seenIn(district, '.cadence-item__tag').allInnerTexts()).every((t) => /逾期/.test(t)));
  await screenshot(district, 'watch-cadence-district');
  await pickWheelRow(district, seenIn(district, '.unit-filter'), '张江管理局');
  await seenIn(district, '.unit-filter').filter({ hasText: '张江管理局' }).waitFor();
  const zhangjiang = await callAs<Page<{ enterpriseName: string }>>('district-01', 'cadence.list', { state: 'overdue', unitId: 'unit-z02', pageSize: 20 });
  await district.waitForFunction((names) => {
    const shown = [...document.querySelectorAll('.cadence-item__name')].filter((n) => (n as HTMLElement).offsetParent).map((n) => n.textContent);
    return shown.length === names.length && names.every((name, i) => shown[i] === name);
  }, zhangjiang.items.map((r) => r.enterpriseName));
  await screenshot(district, 'watch-cadence-unit');
});

test('the unit admin opens its unit watch list from 本单位诉求, and a steward page from its home', async () => {
  const admin = await openPhone(browser);
  await signInAs(admin, 'unit-admin-z01');
  const card = seenIn(admin, '.unit-demands');
  await card.locator('.demand-count-cell--overdue').waitFor();
  await card.locator('.demand-counts-card__all').click();
  await admin.waitForURL(/oversight\/pages\/demands/);
  await seenIn(admin, '.demand-item').first().waitFor();
  assert.equal(await seenIn(admin, '.unit-filter').count(), 0, 'a unit admin picks no unit');
  const own = await callAs<Page<{ id: string }>>('unit-admin-z01', 'demand.list', { pageSize: 20 });
  assert.equal(await seenIn(admin, '.watch-list .demand-item').count(), own.items.length);
  await screenshot(admin, 'watch-unit-list');

  await admin.goBack();
  await admin.waitForURL((url) => !url.hash.includes('oversight'));
  // The home shows the unit's steward figures; the roster pages and searches its stewards.
  const roster = seenIn(admin, '.steward-roster-entry');
  await roster.scrollIntoViewIfNeeded();
  await roster.click();
  await admin.waitForURL(/oversight\/pages\/stewards/);
  await seenIn(admin, '.steward-search-input input').fill('白丽');
  await seenIn(admin, '.search-button').click();
  await seen(admin, /^姓名含“白丽”的管家 \d+ 名$/).waitFor();
  await screenshot(admin, 'unit-steward-roster');
  await seenIn(admin, '.steward-load').filter({ hasText: '白丽' }).click();
  await admin.waitForURL(/oversight\/pages\/steward\/index/);
  await seenIn(admin, '.coverage-card').waitFor();
  await seenIn(admin, '.steward-demands-card .card-head__link').click();
  await admin.waitForURL(/oversight\/pages\/demands.*stewardId=/);
  await seen(admin, '管家：白丽 ✕').waitFor();
  // The filtered page replaces the unfiltered one when its answer arrives: wait for it rather than read the rows in between.
  let names: string[] = [];
  for (const until = Date.now() + 15_000; Date.now() < until; await admin.waitForTimeout(200)) {
    names = await seenIn(admin, '.watch-list .demand-steward').allInnerTexts();
    if (names.length > 0 && names.every((n) => n === '管家 白丽')) break;
  }
  assert.ok(names.length > 0 && names.every((n) => n === '管家 白丽'), `the steward's demands only: ${names.join(', ')}`);
  await screenshot(admin, 'watch-unit-steward-demands');
});
