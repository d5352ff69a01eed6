import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { addCalendarDays, shanghaiDate } from '../../src/core/time/shanghai';
import { BASE_URL, launchBrowser, openPhone, screenshot, seenIn, signInAs } from './support/browser';
import { confirmDate } from './support/fieldwork';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const statusIs = (page: Page, label: string) => seenIn(page, '.rectification-status').filter({ hasText: label }).waitFor();

test('an interview asks 陆家嘴 for a plan; the district returns it, the unit resubmits, the overdue measure is supervised, and the plan is completed', async () => {
  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  await seenIn(district, '.district-tile--interviews').click();
  await district.waitForURL(/inspection\/pages\/interviews/);
  const row = seenIn(district, '.ranking-row').filter({ hasText: '陆家嘴管理局' }).first();
  await row.waitFor();
  await screenshot(district, 'interviews-ranking');
  await row.locator('.interview-unit-button').click();
  await district.waitForURL(/interview-new/);
  await seenIn(district, '.attendees-input input').fill('区科经委 张处长；陆家嘴管理局 总管家');
  await seenIn(district, '.problems-input textarea').fill('上季度走访覆盖率偏低，两件诉求二次差评未及时回访。');
  await seenIn(district, '.commitments-input textarea').fill('一个月内补齐逾期走访，差评诉求逐件回访。');
  await screenshot(district, 'interview-new');
  await seenIn(district, '.record-interview-button').click();
  await district.waitForURL(/inspection\/pages\/rectification\b/);
  await statusIs(district, '待提交方案');
  const planUrl = district.url();

  // The unit admin is told in the message centre and drafts one measure, due today.
  const unit = await openPhone(browser);
  await signInAs(unit, 'unit-admin-z01');
  await seenIn(unit, '.message-entry').click();
  await unit.waitForURL(/pages\/messages/);
  await seenIn(unit, '.message-item').filter({ hasText: '请提交整改方案' }).first().click();
  await unit.waitForURL(/inspection\/pages\/rectification\b/);
  await seenIn(unit, '.add-measure-button').click();
  await seenIn(unit, '.measure-text-input textarea').fill('逐家补齐逾期企业的上门走访');
  await seenIn(unit, '.measure-owner-input input').fill('王总管');
  await confirmDate(unit, seenIn(unit, '.measure-due'));
  await screenshot(unit, 'rectification-draft');
  await seenIn(unit, '.submit-plan-button').click();
  await statusIs(unit, '待区审核');

  await district.goto(planUrl);
  await statusIs(district, '待区审核');
  await seenIn(district, '.return-reason-input textarea').fill('措施不够具体，请写明走访的企业范围和完成标准');
  await seenIn(district, '.return-plan-button').click();
  await statusIs(district, '已退回修改');

  await unit.reload();
  await statusIs(unit, '已退回修改');
  await seenIn(unit, '.return-reason').filter({ hasText: '措施不够具体' }).waitFor();
  await seenIn(unit, '.measure-text-input textarea').fill('逐家补齐 12 家逾期企业的上门走访，每家留存走访记录');
  await seenIn(unit, '.submit-plan-button').click();
  await statusIs(unit, '待区审核');

  await district.reload();
  await seenIn(district, '.accept-plan-button').click();
  await statusIs(district, '整改中');

  // The measure was due today: the next day's hourly run tells the unit admin once.
  const tomorrow = `${addCalendarDays(shanghaiDate(new Date()), 1)}T09:00:00+08:00`;
  const fired = (await (await fetch(`${BASE_URL}/local/timers/cron/hourly`, { method: 'POST', body: JSON.stringify({ at: tomorrow }) })).json()) as { result: { data: { jobs: { superviseRectification: { changed: number } } } } };
  assert.ok(fired.result.data.jobs.superviseRectification.changed >= 1, 'the overdue measure was supervised');
  await unit.goto(`${BASE_URL}/#/pages/messages/index`);
  const overdue = seenIn(unit, '.message-item').filter({ hasText: '整改措施已逾期' }).first();
  await overdue.waitFor();
  assert.match(await overdue.innerText(), /逐家补齐 12 家逾期企业/);
  await screenshot(unit, 'rectification-overdue-message');
  await overdue.click();
  await unit.waitForURL(/inspection\/pages\/rectification\b/);
  await seenIn(unit, '.start-report-button').click();
  await seenIn(unit, '.evidence-input textarea').fill('12 家企业已全部上门走访，走访记录已录入平台。');
  await seenIn(unit, '.report-measure-button').click();
  await statusIs(unit, '已完成整改');
  await screenshot(unit, 'rectification-completed');
});
