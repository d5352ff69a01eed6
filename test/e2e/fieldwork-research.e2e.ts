import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { shanghaiDate } from '../../src/core/time/shanghai';
import { launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { callAs, confirmDate, pickWheelRow } from './support/fieldwork';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('a steward records a leader research visit with two promises and closes one; the unit admin sees what is open', async () => {
  const enterprise = await callAs<{ name: string }>('steward-01', 'enterprise.get', { id: 'ent-002' });
  const today = shanghaiDate(new Date());
  // The second promise is due next month: a month that is surely on the wheel.
  const nextMonth = `${String((Number(today.slice(5, 7)) % 12) + 1).padStart(2, '0')}月`;

  const steward = await openPhone(browser);
  await signInAs(steward, 'steward-01');
  await seenIn(steward, '.fieldwork-entry--research').click();
  await steward.waitForURL(/fieldwork\/pages\/research\//);
  await seenIn(steward, '.new-research-button').click();
  await steward.waitForURL(/research-new/);

  await pickWheelRow(steward, seenIn(steward, '.enterprise-picker'), enterprise.name);
  await seenIn(steward, '.enterprise-picker').filter({ hasText: enterprise.name }).waitFor();
  await seenIn(steward, '.leaders-input input').fill('副区长 王某某');
  await seenIn(steward, '.accompanying-input input').fill('区科经委、陆家嘴管理局');
  await seenIn(steward, '.topics-input textarea').fill('了解企业 12 英寸产线扩产进度，企业反映高端人才住房和研发用房紧张');
  await seen(steward, '＋ 添加承诺事项').click();
  await seen(steward, '＋ 添加承诺事项').click();
  const drafts = seenIn(steward, '.promise-draft');
  assert.equal(await drafts.count(), 2);
  await drafts.nth(0).locator('.promise-content-input textarea').fill('协调园区增加 1500 平方米研发用房');
  await drafts.nth(0).locator('.promise-owner-input input').fill('陆家嘴管理局');
  await confirmDate(steward, drafts.nth(0).locator('.promise-due-picker'));
  await drafts.nth(1).locator('.promise-content-input textarea').fill('为核心研发团队落实人才公寓 10 套');
  await drafts.nth(1).locator('.promise-owner-input input').fill('区人才局');
  await pickWheelRow(steward, drafts.nth(1).locator('.promise-due-picker'), nextMonth);
  await screenshot(steward, 'fieldwork-research-form');
  await seenIn(steward, '.submit-button').click();
  await seen(steward, '已记录调研').waitFor();
  await steward.waitForURL((url) => !url.hash.includes('research-new'));

  // The list shows the new visit first with both promises open.
  const visit = seenIn(steward, '.research-visit').filter({ hasText: '副区长 王某某' }).first();
  await visit.waitFor();
  assert.match(await visit.innerText(), /承诺事项（未办结 2 \/ 2）/);
  assert.equal(await visit.locator('.promise-row').count(), 2);
  const recorded = await callAs<{ items: { leaders: string; promises: { dueDate: string }[] }[] }>('steward-01', 'research.list', { enterpriseId: 'ent-002', page: 1, pageSize: 5 });
  const dues = recorded.items.find((v) => v.leaders === '副区长 王某某')!.promises.map((p) => p.dueDate);
  assert.equal(dues[0], today);
  assert.equal(dues[1].slice(5, 7), nextMonth.slice(0, 2));

  // Close the first promise with its outcome.
  const first = visit.locator('.promise-row').filter({ hasText: '研发用房' });
  await first.locator('.close-promise-link').click();
  await first.locator('.inline-form__text textarea').fill('已协调 1500 平方米研发用房，企业下月入驻');
  await first.getByText('确认办结').click();
  await seen(steward, '已办结').waitFor();
  await first.locator('.promise-row__state--closed').waitFor();
  assert.match(await visit.innerText(), /承诺事项（未办结 1 \/ 2）/);
  assert.match(await first.innerText(), /办理结果：已协调 1500 平方米研发用房，企业下月入驻/);
  await visit.scrollIntoViewIfNeeded();
  await screenshot(steward, 'fieldwork-research-closed');

  // The unit admin of 陆家嘴管理局 sees the open promises on the home and in the list.
  const admin = await openPhone(browser);
  await signInAs(admin, 'unit-admin-z01');
  const promises = seenIn(admin, '.oversight-card .promises-row');
  await promises.waitFor();
  assert.match(await promises.innerText(), /\d+ 项/);
  await screenshot(admin, 'fieldwork-unit-home-oversight');
  await promises.click();
  await admin.waitForURL(/fieldwork\/pages\/research\/index\?open=1/);
  const open = seenIn(admin, '.research-visit').filter({ hasText: '副区长 王某某' }).first();
  await open.waitFor();
  assert.equal(await open.locator('.promise-row--open, .promise-row--overdue').count(), 1);
  await screenshot(admin, 'fieldwork-unit-research-open');
});
