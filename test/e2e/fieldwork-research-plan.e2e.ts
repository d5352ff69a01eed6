import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { shanghaiDate } from '../../src/core/time/shanghai';
import { nthWorkingDayAfter } from '../../src/core/time/working-days';
import { BASE_URL, launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { callAs, confirmDate, pickWheelRow } from './support/fieldwork';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const PLAN_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

test('a steward plans a leader visit with its plan, records it from the plan, and the morning timer reminds of the follow-up', async () => {
  const enterprise = await callAs<{ name: string }>('steward-01', 'enterprise.get', { id: 'ent-003' });
  const steward = await openPhone(browser);
  await signInAs(steward, 'steward-01');
  await seenIn(steward, '.fieldwork-entry--research').click();
  await steward.waitForURL(/fieldwork\/pages\/research\//);
  await seenIn(steward, '.plan-research-button').click();
  await steward.waitForURL(/research-plan/);

  // The plan: today (the visit happens this afternoon), the leaders, the topic, the plan document.
  await pickWheelRow(steward, seenIn(steward, '.enterprise-picker'), enterprise.name);
  await confirmDate(steward, seenIn(steward, '.plan-date-picker'));
  await seenIn(steward, '.leaders-input input').fill('副区长 陈某某');
  await seenIn(steward, '.accompanying-input input').fill('区科经委');
  await seenIn(steward, '.topics-input textarea').fill('了解企业新产线投产后的用工和配套需求');
  const chooser = steward.waitForEvent('filechooser');
  await seenIn(steward, '.add-attachment').click();
  await (await chooser).setFiles({ name: '调研方案.pdf', mimeType: 'application/pdf', buffer: PLAN_PDF });
  await seenIn(steward, '.attachment-item--done').filter({ hasText: '调研方案.pdf' }).waitFor();
  await screenshot(steward, 'fieldwork-research-plan-form');
  await seenIn(steward, '.submit-button').click();
  await seen(steward, '已登记调研计划').waitFor();
  await steward.waitForURL((url) => !url.hash.includes('research-plan'));

  const planCard = seenIn(steward, '.research-visit--planned').filter({ hasText: '副区长 陈某某' }).first();
  await planCard.waitFor();
  assert.match(await planCard.innerText(), /计划中/);
  assert.match(await planCard.innerText(), /调研方案\.pdf/);
  assert.match(await planCard.innerText(), /管家陪同/);
  await planCard.scrollIntoViewIfNeeded();
  await screenshot(steward, 'fieldwork-research-planned');

  // After the visit: the plan becomes the record, its document kept.
  await planCard.locator('.record-plan-link').click();
  await steward.waitForURL(/research-new.*planId=/);
  await seen(steward, /按调研计划记录/).waitFor();
  // The form fills from the plan once it has loaded: wait for it rather than read it empty.
  const leaders = seenIn(steward, '.leaders-input input');
  for (const until = Date.now() + 10_000; Date.now() < until && !(await leaders.inputValue()); ) await steward.waitForTimeout(200);
  assert.equal(await leaders.inputValue(), '副区长 陈某某');
  await seenIn(steward, '.topics-input textarea').fill('座谈新产线用工需求，企业希望对接职业院校定向培养');
  await screenshot(steward, 'fieldwork-research-record-from-plan');
  await seenIn(steward, '.submit-button').click();
  await seen(steward, '已记录调研').waitFor();
  await steward.waitForURL((url) => !url.hash.includes('research-new'));
  const recorded = seenIn(steward, '.research-visit--recorded').filter({ hasText: '副区长 陈某某' }).first();
  await recorded.waitFor();
  assert.match(await recorded.innerText(), /调研方案\.pdf/);
  assert.match(await recorded.innerText(), /待回访/);
  await recorded.scrollIntoViewIfNeeded();
  await screenshot(steward, 'fieldwork-research-recorded-from-plan');

  // The morning timer, fired as on the 9th working day after the visit: the follow-up is due in two.
  const at = `${nthWorkingDayAfter(shanghaiDate(new Date()), 9)}T08:30:00+08:00`;
  const fired = (await (await fetch(`${BASE_URL}/local/timers/cron/morning`, { method: 'POST', body: JSON.stringify({ at }) })).json()) as { result: { data: { jobs: { remindResearchVisits: { changed: number } } } } };
  assert.ok(fired.result.data.jobs.remindResearchVisits.changed >= 1, 'research reminders were sent');
  const inbox = await callAs<{ items: { kind: string; title: string; body: string; link?: string }[] }>('steward-01', 'message.list', { page: 1, pageSize: 50 });
  const reminder = inbox.items.find((m) => m.kind === 'reminder:research-followUp' && m.body.includes(enterprise.name));
  assert.ok(reminder, 'the steward has the follow-up reminder in the message centre');
  assert.match(reminder.title, /^调研回访将于 \d+月\d+日 到期$/);
  assert.equal(reminder.link, '/fieldwork/pages/research/index');
});
