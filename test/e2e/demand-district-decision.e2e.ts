import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { callAs, noteStep, openDemand, statusIs, tapStep } from './support/demand-flow';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const title = `厂房层高不满足新产线 ${Date.now() % 100000}`;

/** Steps taken before the screens this flow looks at, the way the app takes them. */
const step = async (openid: string, action: string, id: string, input: object = {}) => {
  const { version } = await callAs<{ version: number }>(openid, 'demand.get', { id });
  await callAs(openid, action, { id, version, ...input });
};

test('a bad review: call-back before rectification, a second bad rating, and the district closes it as unresolved', async () => {
  const { id } = await callAs<{ id: string }>('ent-001', 'demand.submit', { category: '用地/厂房', title, description: '新产线需要层高 8 米以上的厂房，目前推荐的厂房只有 6 米。' });
  await step('steward-01', 'demand.dispatch', id, { departmentId: 'dept-01', complexity: 'simple' });
  await step('dept-01', 'demand.accept', id);
  await step('dept-01', 'demand.resolve', id, { resolution: '已推荐张江两处可用厂房并安排看房。' });
  await step('ent-001', 'demand.rate', id, { resolved: '部分解决', satisfaction: '不满意', comment: '厂房层高不够' });

  // 区科经委 cannot rectify before the steward's call-back: no button, the call-back is due.
  const dept = await openPhone(browser);
  await signInAs(dept, 'dept-01');
  await openDemand(dept, id);
  await statusIs(dept, '整改中');
  await seen(dept, /^管家回访 · \d+月\d+日前$/).waitFor();
  assert.equal(await seenIn(dept, '.step-button').filter({ hasText: '完成整改' }).count(), 0);
  await seenIn(dept, '.step-waiting').filter({ hasText: '服务管家回访企业后才能整改' }).waitFor();
  await screenshot(dept, 'decision-department-waits-for-callback');

  const steward = await openPhone(browser);
  await signInAs(steward, 'steward-01');
  await openDemand(steward, id);
  await noteStep(steward, '记录回访', '已回访企业：需要层高 8 米以上、可承重 5 吨的厂房', '保存回访记录');

  await openDemand(dept, id);
  await noteStep(dept, '完成整改', '已再推荐两处层高 7.5 米的厂房，并协调业主评估加固方案。', '提交整改结果');
  await statusIs(dept, '已办结待评价');

  // The enterprise is still not satisfied.
  const ent = await openPhone(browser);
  await signInAs(ent, 'ent-001');
  await openDemand(ent, id);
  await tapStep(ent, '评价办理结果');
  await ent.waitForURL(/demand-rate/);
  await seenIn(ent, '.resolved-option').filter({ hasText: '未解决' }).click();
  await seenIn(ent, '.satisfaction-option').filter({ hasText: /^非常不满意$/ }).click();
  await seenIn(ent, '.rate-comment textarea').fill('层高仍不满足新产线要求');
  await seenIn(ent, '.submit-button').click();
  await ent.waitForURL(/demand-detail/);
  await statusIs(ent, '待区科经委裁定');
  await screenshot(ent, 'decision-enterprise-waits-for-district');

  // The district finds it on its home tile and decides.
  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  const tile = seenIn(district, '.district-tile--decide');
  await tile.locator('.district-tile__badge').filter({ hasText: /^[1-9]\d*$/ }).waitFor();
  await tile.click();
  await district.waitForURL(/district\/pages\/demand-decide/);
  await seenIn(district, '.demand-item').filter({ hasText: title }).click();
  await district.waitForURL(/demand-detail/);
  await seen(district, /^区科经委裁定 · \d+月\d+日前$/).waitFor();
  await tapStep(district, '裁定：以未解决关闭');
  await district.waitForURL(/demand-decide.*id=/);
  await seen(district, /第 2 次评价：未解决 · 非常不满意/).waitFor();
  await seenIn(district, '.decide-mode-option--close').click();
  await seenIn(district, '.decide-textarea textarea').fill('区内暂无满足层高要求的产业用房，已向企业说明，有新增载体时优先推荐');
  await screenshot(district, 'decision-district-form');
  await seenIn(district, '.submit-button').click();
  await district.waitForURL(/demand-detail/);
  await statusIs(district, '已关闭');

  await openDemand(ent, id);
  await statusIs(ent, '已关闭');
  await seenIn(ent, '.demand-close-reason').filter({ hasText: '经区科经委裁定以“未解决”关闭' }).waitFor();
  await seenIn(ent, '.demand-close-note').filter({ hasText: '区内暂无满足层高要求的产业用房' }).waitFor();
  assert.equal(await seenIn(ent, '.step-button').count(), 0);
  await screenshot(ent, 'decision-closed-unresolved');

  // The steward heard of each turn of its enterprise's demand in its messages.
  const messages = await callAs<{ items: Array<{ kind: string }> }>('steward-01', 'message.list', { pageSize: 50 });
  assert.ok(messages.items.some((m) => m.kind === 'status:district_review'));
  assert.ok(messages.items.some((m) => m.kind === 'status:closed'));
  assert.ok(BASE_URL);
});
