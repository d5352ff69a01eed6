import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { settled, shownCharts } from './support/charts';
import { callAs } from './support/fieldwork';
import { firstWorkingDayOfMonth, previousMonth } from '../../src/core/bulletin/bulletin-schedule';
import { shanghaiDate } from '../../src/core/time/shanghai';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** 08:30 on this month's first working day: the morning the timer writes last month's bulletin. */
const firstWorkingMorning = () => `${firstWorkingDayOfMonth(shanghaiDate(new Date()).slice(0, 7))}T08:30:00+08:00`;
const fireMorning = async (at: string) =>
  (await (await fetch(`${BASE_URL}/local/timers/cron/morning`, { method: 'POST', body: JSON.stringify({ at }) })).json()) as { result: { data: { jobs: { generateBulletin: { changed: number } } } } };

test('the timer writes last month’s bulletin once; the district reviews it with its charts and publishes it; a unit admin is told in the message centre and opens it', async () => {
  const at = firstWorkingMorning();
  const month = previousMonth(at.slice(0, 7));
  const id = `bulletin-${month}`;
  // Fired twice (a retry, or the platform firing again): one bulletin.
  const runs = [await fireMorning(at), await fireMorning(at)].map((r) => r.result.data.jobs.generateBulletin.changed);
  assert.ok(runs[1] === 0 && runs[0] <= 1, `the second run writes nothing (${runs.join(', ')})`);
  const listed = await callAs<{ items: Array<{ id: string; status: string }> }>('district-01', 'bulletin.list', {});
  assert.deepEqual(listed.items.filter((b) => b.id === id).map((b) => b.status), ['draft']);

  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  await seenIn(district, '.district-tile--bulletin').click();
  await district.waitForURL(/bulletin\/pages\/list/);
  await seenIn(district, '.bulletin-row').filter({ hasText: '待发布' }).first().click();
  await district.waitForURL(/bulletin\/pages\/detail/);
  await seenIn(district, '.bulletin-review').waitFor();
  await screenshot(district, 'bulletin-district-review');

  // The charts are drawn from the frozen figures.
  await seenIn(district, '.bulletin-charts').scrollIntoViewIfNeeded();
  await district.waitForFunction(() => [...document.querySelectorAll('.bulletin-charts .chart img')].filter((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0).length >= 3);
  await settled(district, '.bulletin-charts');
  const charts = await shownCharts(district, '.bulletin-charts');
  const drawn = charts.filter((c) => c.svg && c.loaded && c.inked > 2000 && c.imageLabel === c.label && !c.overflow && !c.clipped && c.aspectKept);
  assert.ok(drawn.length >= 3, `the trend, ratings and unit charts are drawn, labelled and fit the phone (${JSON.stringify(charts)})`);
  assert.ok(drawn.some((c) => c.label === '各单位综合得分'), 'the units’ scores are among them');
  await screenshot(district, 'bulletin-district-charts');

  await seenIn(district, '.remarks-input').locator('textarea').fill('请各单位对照红色预警逐项整改，于本月15日前报送整改情况。');
  await seenIn(district, '.save-bulletin').click();
  await seenIn(district, '.save-bulletin').filter({ hasText: '已保存' }).waitFor();
  await seenIn(district, '.publish-button').click();
  await seenIn(district, '.taro-modal__foot').getByText('确认发布').click();
  await seenIn(district, '.bulletin-status').filter({ hasText: '已发布' }).waitFor();
  await seen(district, '请各单位对照红色预警逐项整改，于本月15日前报送整改情况。').waitFor();
  await screenshot(district, 'bulletin-district-published');

  const admin = await openPhone(browser);
  await signInAs(admin, 'unit-admin-z01');
  await seenIn(admin, '.message-entry').click();
  await admin.waitForURL(/pages\/messages/);
  await seenIn(admin, '.message-item--unread').filter({ hasText: '月通报已发布' }).first().click();
  await admin.waitForURL(new RegExp(`bulletin/pages/detail/index\\?id=${id}`));
  await seenIn(admin, '.bulletin-stewards').filter({ hasText: '陆家嘴管理局 管家排名' }).waitFor();
  await seen(admin, '请各单位对照红色预警逐项整改，于本月15日前报送整改情况。').waitFor();
  assert.equal(await seenIn(admin, '.bulletin-review').count(), 0, 'a unit admin cannot edit');
  await screenshot(admin, 'bulletin-unit-admin');
  // Their unit's stewards: the count ranked, the first page of lines, and the paging line under them.
  const stewards = seenIn(admin, '.bulletin-stewards');
  await stewards.scrollIntoViewIfNeeded();
  await stewards.locator('.bulletin-stewards__total').filter({ hasText: /共 \d+ 名管家/ }).waitFor();
  assert.ok((await stewards.locator('.ranking-row').count()) > 0, 'the unit’s steward lines are shown');
  await stewards.locator('.list-footer').waitFor();
  await screenshot(admin, 'bulletin-unit-admin-stewards');
});
