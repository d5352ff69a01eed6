import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { TINY_PNG, callAs, openPhoneAt } from './support/fieldwork';
import { shanghaiDate } from '../../src/core/time/shanghai';
import { isWorkingDay, nthWorkingDayAfter } from '../../src/core/time/working-days';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** The steward's home row of one enterprise in 联系走访. */
const cadenceRow = (page: Page, name: string) => seenIn(page, '.cadence-card .cadence-item').filter({ hasText: name });

test('the enterprise sets its preferences; the steward sees them, visits ent-001 on site with content, check-in and a photo, and it leaves the overdue list', async () => {
  const enterprise = await callAs<{ name: string; location: { latitude: number; longitude: number } }>('steward-01', 'enterprise.get', { id: 'ent-001' });

  // 无事不扰: the enterprise's contact says how and when it likes to be contacted.
  const contact = await openPhone(browser);
  await signInAs(contact, 'ent-001');
  await seenIn(contact, '.preferences-entry').click();
  await contact.waitForURL(/enterprise\/pages\/preferences/);
  await seenIn(contact, '.channel-chip').filter({ hasText: '微信' }).click();
  await seenIn(contact, '.quiet-input input').fill('月底');
  await screenshot(contact, 'fieldwork-enterprise-preferences');
  await seenIn(contact, '.submit-button').click();
  await seen(contact, '已保存').waitFor();

  // steward-01 sees ent-001 overdue on the home, with the enterprise's preferences.
  // The steward stands at the enterprise (a check-in farther than 1 km would be flagged: see fieldwork-far-check-in).
  const steward = await openPhoneAt(browser, enterprise.location);
  await signInAs(steward, 'steward-01');
  const row = cadenceRow(steward, enterprise.name);
  await row.waitFor();
  assert.match(await row.locator('.cadence-item__tag').innerText(), /逾期 \d+ 天/);
  assert.equal(await row.locator('.preference-hint').innerText(), '偏好：微信；免打扰：月底');
  await row.scrollIntoViewIfNeeded();
  await screenshot(steward, 'fieldwork-steward-home-cadence');

  // An on-site visit: the content first, then the check-in and a photo as evidence.
  await row.getByText('记录联系').click();
  await steward.waitForURL(/record-contact/);
  await seen(steward, '偏好：微信；免打扰：月底').waitFor();
  await seenIn(steward, '.contact-type').filter({ hasText: '上门走访' }).click();
  await seenIn(steward, '.who-input input').fill('刘总经理');
  await seenIn(steward, '.topics-input textarea').fill('走访新产线，了解二期扩产的用地和招工需求');
  await seenIn(steward, '.outcome-input textarea').fill('企业将提交用地诉求；招工需求已记下，对接区人社局');
  await seenIn(steward, '.check-in-button').click();
  await seen(steward, `（${enterprise.location.latitude.toFixed(5)}, ${enterprise.location.longitude.toFixed(5)}）`).waitFor();
  const chooser = steward.waitForEvent('filechooser');
  await seen(steward, '添加照片').click();
  await (await chooser).setFiles({ name: 'line.png', mimeType: 'image/png', buffer: TINY_PNG });
  await seenIn(steward, '.photo-thumb--done').waitFor();
  await screenshot(steward, 'fieldwork-record-visit');
  await seenIn(steward, '.submit-button').click();
  await seen(steward, '已记录').waitFor();
  await steward.waitForURL((url) => !url.hash.includes('record-contact'));

  // Back on the home the list is read again: ent-001 is no longer due.
  await seenIn(steward, '.cadence-card .cadence-summary').waitFor();
  await steward.waitForFunction((name) => ![...document.querySelectorAll('.cadence-card .cadence-item__name')].some((n) => n.textContent === name), enterprise.name);
  const rows = await callAs<{ items: { enterpriseId: string; state: string }[] }>('steward-01', 'cadence.list', { state: 'overdue', page: 1, pageSize: 50 });
  assert.ok(!rows.items.some((r) => r.enterpriseId === 'ent-001'));
  await screenshot(steward, 'fieldwork-steward-home-after-visit');

  // The steward corrects the record within 24 hours from the enterprise's profile.
  await steward.goto(`${BASE_URL}/#/pages/enterprise-profile/index?id=ent-001`);
  await seenIn(steward, '.profile-head').waitFor();
  assert.match(await seenIn(steward, '.cadence-status').innerText(), /联系\d+月\d+日前 · 走访\d+月\d+日前/);
  await screenshot(steward, 'fieldwork-profile');
  const record = seenIn(steward, '.contact-record').filter({ hasText: '刘总经理' });
  await record.waitFor();
  assert.match(await record.innerText(), /现场打卡/);
  await record.locator('.correct-link').click();
  await steward.waitForURL(/contact-edit/);
  await seenIn(steward, '.edit-nextStep-input textarea').fill('下周陪同企业到区规划资源局咨询用地');
  await screenshot(steward, 'fieldwork-contact-correction');
  await seenIn(steward, '.submit-button').click();
  await seen(steward, '已更正').waitFor();
  await steward.waitForURL(/enterprise-profile/);
  await seenIn(steward, '.contact-record').filter({ hasText: '下周陪同企业到区规划资源局咨询用地' }).waitFor();
  await screenshot(steward, 'fieldwork-profile-after-correction');
});

test('the morning reminder reaches a steward who allowed it, in the local outbox', async () => {
  const steward = await openPhone(browser);
  await signInAs(steward, 'steward-02');
  // 开启提醒 on the home when the app offers it; otherwise grant as WeChat would and record it.
  const enable = seenIn(steward, '.enable-reminders');
  if (await enable.count()) {
    await enable.click();
    await seenIn(steward, '.reminder-credit--visitReminder').filter({ hasText: /剩余 \d+ 次/ }).waitFor();
  } else {
    const login = await fetch(`${BASE_URL}/local/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ openid: 'steward-02' }) });
    const { token } = (await login.json()) as { token: string };
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
    await fetch(`${BASE_URL}/local/subscribe`, { method: 'POST', headers, body: JSON.stringify({ templateIds: ['tpl-visit-reminder'] }) });
    await callAs('steward-02', 'subscription.record', { templateIds: ['tpl-visit-reminder'] });
  }
  const due = await callAs<{ items: { state: string }[] }>('steward-02', 'cadence.list', { page: 1, pageSize: 50 });
  assert.ok(due.items.some((r) => r.state !== 'ok'), 'steward-02 has an enterprise due');

  // Reminders go out on working mornings only: fire the timer as on the next one, whatever today is.
  const fired = (await (await fetch(`${BASE_URL}/local/timers/cron/morning`, { method: 'POST', body: JSON.stringify({ at: nextWorkingMorning() }) })).json()) as { result: { data: { jobs: { sendVisitReminders: { changed: number } } } } };
  assert.ok(fired.result.data.jobs.sendVisitReminders.changed > 0, 'a working morning: reminders were sent');

  const outbox = await openPhone(browser);
  await outbox.goto(`${BASE_URL}/local/outbox`);
  const row = outbox.locator('tr').filter({ hasText: 'steward-02' }).filter({ hasText: 'tpl-visit-reminder' });
  await row.first().waitFor();
  assert.match(await row.first().innerText(), /(超期未联系|即将到期)/);
  await screenshot(outbox, 'fieldwork-outbox-morning-reminder');
});

/** 08:30 in Shanghai on today's date if it is a working day, else on the next working day. */
/**
 * A working morning no other flow fires the timer on (the bulletin's is this month's first working
 * day, the spot check's this week's first, the message centre's the next, the research plan's the
 * 9th): that morning's reminders are still to be sent, now that the steward holds a credit.
 */
function nextWorkingMorning(): string {
  const today = shanghaiDate(new Date());
  const first = isWorkingDay(today) ? today : nthWorkingDayAfter(today, 1);
  return `${nthWorkingDayAfter(first, 3)}T08:30:00+08:00`;
}
