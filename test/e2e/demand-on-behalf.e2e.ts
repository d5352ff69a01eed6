import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { callAs, demandIdOf, noteStep, openDemand, statusIs } from './support/demand-flow';
import { pickWheelRow } from './support/fieldwork';
import { pickOption } from './support/taro-picker';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const title = `研发骨干落户咨询 ${Date.now() % 100000}`;

test('代提: the steward submits for its enterprise and dispatches at once; the enterprise sees it and adds a word', async () => {
  const steward = await openPhone(browser);
  await signInAs(steward, 'steward-01');
  await steward.goto('about:blank');
  await steward.goto(`${BASE_URL}/#/pages/enterprise-profile/index?id=ent-001`);
  await seenIn(steward, '.profile-head').waitFor();
  await seenIn(steward, '.on-behalf-button').click();
  await steward.waitForURL(/demand-new.*enterpriseId=ent-001/);
  await seen(steward, /由您直接派给承办部门/).waitFor();
  await pickOption(steward, '.category-picker', '人才/落户');
  await seenIn(steward, '.title-input input').fill(title);
  await seenIn(steward, '.description-input textarea').fill('企业三名研发骨干希望了解人才引进落户的条件和办理流程。');
  // Without the department and complexity the form says what is missing.
  await seenIn(steward, '.submit-button').click();
  await seen(steward, '请选择承办部门').waitFor();
  // Far down the wheel: turned a few rows at a time.
  await pickWheelRow(steward, seenIn(steward, '.department-picker'), '区人力资源社会保障局');
  await seenIn(steward, '.department-picker').filter({ hasText: '区人力资源社会保障局' }).waitFor();
  await seenIn(steward, '.complexity-option--simple').click();
  await seenIn(steward, '.on-behalf-dispatch').scrollIntoViewIfNeeded();
  await screenshot(steward, 'on-behalf-form');
  await seenIn(steward, '.submit-button').click();
  await steward.waitForURL(/demand-detail/);
  await statusIs(steward, '已派单');
  const id = demandIdOf(steward);
  await seenIn(steward, '.demand-department').filter({ hasText: '区人力资源社会保障局' }).waitFor();

  // Never in the steward's own review queue.
  const queue = await callAs<{ items: Array<{ id: string }> }>('steward-01', 'demand.list', { status: 'submitted', pageSize: 50 });
  assert.ok(!queue.items.some((d) => d.id === id));

  // The enterprise was told, finds it among its demands, and adds its own words.
  const messages = await callAs<{ items: Array<{ kind: string; body: string; link: string }> }>('ent-001', 'message.list', { pageSize: 20 });
  assert.ok(messages.items.some((m) => m.link.includes(id) && m.body.includes('服务管家为您代提了诉求')));
  const ent = await openPhone(browser);
  await signInAs(ent, 'ent-001');
  await seenIn(ent, '.my-demands-entry').click();
  await ent.waitForURL(/enterprise\/pages\/demands/);
  const row = seenIn(ent, '.demand-item').filter({ hasText: title }).first();
  await row.waitFor();
  await screenshot(ent, 'on-behalf-enterprise-list');
  await row.click();
  await ent.waitForURL(/demand-detail/);
  await statusIs(ent, '已派单');
  await seenIn(ent, '.step-button').filter({ hasText: '撤回诉求' }).waitFor();
  await noteStep(ent, '补充说明', '三人均为硕士，已在本市缴纳社保两年', '提交说明');
  await seen(ent, '企业补充说明：三人均为硕士，已在本市缴纳社保两年').waitFor();
  await screenshot(ent, 'on-behalf-enterprise-comment');

  await openDemand(steward, id);
  await seen(steward, '企业补充说明：三人均为硕士，已在本市缴纳社保两年').waitFor();
});
