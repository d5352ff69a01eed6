import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { callAs } from './support/fieldwork';
import { shanghaiDate } from '../../src/core/time/shanghai';
import { isWorkingDay, nthWorkingDayAfter } from '../../src/core/time/working-days';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/**
 * 08:30 in Shanghai on the second working day from today: a working morning no other flow fires
 * the timer for, so this steward's reminder for that day is still to be sent.
 */
function aWorkingMorning(): string {
  const today = shanghaiDate(new Date());
  const first = isWorkingDay(today) ? today : nthWorkingDayAfter(today, 1);
  return `${nthWorkingDayAfter(first, 1)}T08:30:00+08:00`;
}

/** The unread count on the home's 消息中心 entry (0 when it shows none). */
const unreadOnHome = async (page: Page): Promise<number> => {
  const entry = seenIn(page, '.message-entry');
  await entry.locator('.message-entry__hint').filter({ hasText: /条未读|暂无未读消息/ }).waitFor();
  const badge = entry.locator('.message-entry__badge');
  return (await badge.count()) ? Number(await badge.innerText()) : 0;
};

test('a steward without a subscribe credit finds the morning reminder in the message centre, opens it, and the unread count drops', async () => {
  const fired = (await (await fetch(`${BASE_URL}/local/timers/cron/morning`, { method: 'POST', body: JSON.stringify({ at: aWorkingMorning() }) })).json()) as { result: { data: { jobs: { sendVisitReminders: { changed: number } } } } };
  assert.ok(fired.result.data.jobs.sendVisitReminders.changed > 0, 'a working morning: reminders were sent');
  // steward-01 never allowed subscribe messages: WeChat delivered nothing to it.
  const outbox = (await (await fetch(`${BASE_URL}/local/outbox`)).json()) as Array<{ touser: string; templateId: string }>;
  assert.ok(!outbox.some((m) => m.touser === 'steward-01' && m.templateId === 'tpl-visit-reminder'), 'no reminder reached steward-01 on WeChat');

  // A new demand of ent-001 leaves steward-01 a review to do as well.
  await callAs('ent-001', 'demand.submit', { category: '融资', title: '申请科技贷款贴息', description: '企业今年研发投入较大，希望了解贷款贴息的申请条件。' });

  const steward = await openPhone(browser);
  await signInAs(steward, 'steward-01');
  const before = await unreadOnHome(steward);
  assert.ok(before >= 2, 'the reminder and the review are counted on the home');
  await screenshot(steward, 'messages-steward-home-badge');

  await seenIn(steward, '.message-entry').click();
  await steward.waitForURL(/pages\/messages/);
  const reminder = seenIn(steward, '.message-item--unread').filter({ hasText: '提醒' }).filter({ hasText: /家企业/ }).first();
  await reminder.waitFor();
  assert.match(await reminder.innerText(), /请安排联系走访/);
  await screenshot(steward, 'messages-centre');

  // Tapping it opens the record it links to: the steward's contact cadence list.
  await reminder.click();
  await steward.waitForURL(/fieldwork\/pages\/cadence/);
  await seenIn(steward, '.cadence-item').first().waitFor();
  await screenshot(steward, 'messages-reminder-opened');

  // Back on the home, counted again: one fewer unread.
  await steward.goBack();
  await steward.waitForURL(/pages\/messages/);
  await seenIn(steward, '.message-item--read').filter({ hasText: /家企业/ }).first().waitFor();
  await steward.goBack();
  await steward.waitForURL((url) => !url.hash.includes('messages'));
  await steward.waitForFunction((expected) => {
    const badge = document.querySelector('.message-entry .message-entry__badge');
    return (badge ? Number(badge.textContent) : 0) === expected;
  }, before - 1);
  assert.equal(await unreadOnHome(steward), before - 1);

  // 全部已读 clears the rest; the home shows no badge afterwards.
  await seenIn(steward, '.message-entry').click();
  await steward.waitForURL(/pages\/messages/);
  await seenIn(steward, '.message-item--unread').filter({ hasText: '新诉求待审核' }).first().waitFor();
  await seenIn(steward, '.mark-all-read').click();
  await seen(steward, `已将 ${before - 1} 条标为已读`).waitFor();
  await steward.goBack();
  await steward.waitForFunction(() => !document.querySelector('.message-entry .message-entry__badge') && /暂无未读消息/.test(document.querySelector('.message-entry')?.textContent ?? ''));
  await screenshot(steward, 'messages-steward-home-read');
});
