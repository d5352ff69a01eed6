import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { isSpotCheckDay } from '../../src/core/spot-check/spot-check-calendar';
import { addCalendarDays, shanghaiDate } from '../../src/core/time/shanghai';
import type { SpotCheckItemView } from '../../src/core/spot-check/spot-check.model';
import { BASE_URL, launchBrowser, openPhone, screenshot, seenIn, signInAs } from './support/browser';
import { callAs } from './support/fieldwork';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/**
 * 08:30 in Shanghai on the latest first-working-day-of-a-week up to today: a morning the draw runs on.
 * This file's name sorts it before every flow that fires the morning timer at a later date: a draw
 * for a future week would cover the current one (nearly no contacts yet) and leave this week none.
 */
function aDrawMorning(): string {
  let day = shanghaiDate(new Date());
  while (!isSpotCheckDay(day)) day = addCalendarDays(day, -1);
  return `${day}T08:30:00+08:00`;
}

test('the morning timer draws the week’s spot check; the district finds one record 不属实; the unit admin and the steward read it in the message centre', async () => {
  await fetch(`${BASE_URL}/local/timers/cron/morning`, { method: 'POST', body: JSON.stringify({ at: aDrawMorning() }) });
  // Fired twice: still one draw for the week.
  await fetch(`${BASE_URL}/local/timers/cron/morning`, { method: 'POST', body: JSON.stringify({ at: aDrawMorning() }) });
  // The first page the district's list shows (open items, newest contact first).
  const listed = await callAs<{ week: string | null; items: SpotCheckItemView[] }>('district-01', 'spotCheck.items', { state: 'open', pageSize: 10 });
  assert.ok(listed.week, 'the timer drew a week');
  const draws = await callAs<{ items: Array<{ week: string; seed: number; items: number }> }>('district-01', 'spotCheck.draws', {});
  assert.equal(draws.items.filter((d) => d.week === listed.week).length, 1);
  const item = listed.items[0];
  assert.ok(item, 'the draw picked records to verify');
  const unitAdmin = `unit-admin-${item.unitId.slice(5)}`;
  const stewardOpenid = item.stewardId.replace(/^u-/, '');

  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  await seenIn(district, '.district-tile--spot-checks').click();
  await district.waitForURL(/inspection\/pages\/spot-checks/);
  const row = seenIn(district, '.spot-check-item').filter({ hasText: item.enterpriseName }).filter({ hasText: item.stewardName }).first();
  await row.waitFor();
  await screenshot(district, 'spot-checks-district');
  await row.locator('.spot-check-note-input input').fill('企业负责人称当天无人来访，也未接到电话');
  await row.locator('.verify-false-button').click();
  const verified = seenIn(district, '.spot-check-item--false').filter({ hasText: item.enterpriseName }).first();
  await verified.waitFor();
  assert.match(await verified.innerText(), /不属实/);
  await screenshot(district, 'spot-checks-verified');

  for (const [openid, name] of [[unitAdmin, 'unit'], [stewardOpenid, 'steward']] as const) {
    const page = await openPhone(browser);
    await signInAs(page, openid);
    await seenIn(page, '.message-entry').click();
    await page.waitForURL(/pages\/messages/);
    const message = seenIn(page, '.message-item').filter({ hasText: '抽查发现记录不属实' }).filter({ hasText: item.enterpriseName }).first();
    await message.waitFor();
    assert.match(await message.innerText(), /企业负责人称当天无人来访/);
    await screenshot(page, `spot-check-message-${name}`);
    await message.click();
    await page.waitForURL(/inspection\/pages\/findings/);
    await seenIn(page, '.spot-check-item--false').filter({ hasText: item.enterpriseName }).first().waitFor();
    await screenshot(page, `spot-check-findings-${name}`);
    await page.close();
  }
});
