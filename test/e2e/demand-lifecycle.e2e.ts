import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { backOnDetail, demandIdOf, noteStep, openDemand, statusIs, tapStep, TINY_PNG } from './support/demand-flow';
import { pickOption } from './support/taro-picker';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const title = `研发楼扩建用地协调 ${Date.now() % 100000}`;

test('a demand from submission through return, dispatch, extension, a bad review, rectification and a second rating', async () => {
  // The enterprise submits, with a photo attached through the browser's file input.
  const ent = await openPhone(browser);
  await signInAs(ent, 'ent-001');
  await seenIn(ent, '.reminder-card').scrollIntoViewIfNeeded();
  await seenIn(ent, '.reminder-credit--demandStatus').waitFor();
  await screenshot(ent, 'enterprise-home-reminders');
  await seenIn(ent, '.submit-demand-button').click();
  await ent.waitForURL(/demand-new/);
  await seenIn(ent, '.category-picker').click();
  await seen(ent, '确定').click();
  await seenIn(ent, '.title-input input').fill(title);
  await seenIn(ent, '.description-input textarea').fill('研发楼需扩建约 3000 平方米，希望协调用地指标并了解规划审批流程。');
  // The tap opens the H5 file input's dialog; the file goes into that input (setInputFiles).
  const chooser = ent.waitForEvent('filechooser');
  await seenIn(ent, '.add-attachment').click();
  await (await chooser).setFiles({ name: 'site-photo.png', mimeType: 'image/png', buffer: TINY_PNG });
  await seenIn(ent, '.attachment-item--done').filter({ hasText: 'site-photo.png' }).waitFor();
  await screenshot(ent, 'demand-new-with-attachment');
  // The busy look is a class: the button never carries a disabled attribute.
  assert.equal(await seenIn(ent, '.submit-button').getAttribute('disabled'), null);
  await seenIn(ent, '.submit-button').click();
  await ent.waitForURL(/demand-detail/);
  await statusIs(ent, '待管家审核');
  await seen(ent, /^管家审核 · \d+月\d+日前$/).waitFor();
  await seenIn(ent, '.attachment-thumb').waitFor();
  // The thumbnail is read through the short-lived signed link the server handed out (the bucket is private).
  await ent.waitForFunction(() => [...document.querySelectorAll('.attachment-thumb img')].some((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0));
  const id = demandIdOf(ent);
  assert.ok(id, 'the detail page names the demand');
  await screenshot(ent, 'demand-detail-submitted');

  // The steward finds it from the home count and returns it with a reason.
  const steward = await openPhone(browser);
  await signInAs(steward, 'steward-01');
  await seenIn(steward, '.demand-count-cell--review').click();
  await steward.waitForURL(/steward\/pages\/demands\/index\?status=submitted/);
  await seenIn(steward, '.demand-item').filter({ hasText: title }).waitFor();
  await screenshot(steward, 'steward-demands-to-review');
  await seenIn(steward, '.demand-item').filter({ hasText: title }).click();
  await steward.waitForURL(/demand-detail/);
  await tapStep(steward, '退回修改');
  await steward.waitForURL(/demand-review/);
  await seenIn(steward, '.review-textarea textarea').fill('请补充扩建面积的测算依据和计划开工时间');
  await screenshot(steward, 'steward-review-return');
  await seenIn(steward, '.submit-button').click();
  await backOnDetail(steward);
  await statusIs(steward, '退回修改');

  // The enterprise revises from the returned demand and resubmits.
  await openDemand(ent, id);
  await statusIs(ent, '退回修改');
  await tapStep(ent, '修改后重新提交');
  await ent.waitForURL(/demand-new.*id=/);
  await seen(ent, /请补充扩建面积的测算依据/).waitFor();
  assert.equal(await seenIn(ent, '.title-input input').inputValue(), title);
  await seenIn(ent, '.description-input textarea').fill('研发楼需扩建约 3000 平方米（按新增 200 名研发人员测算），计划明年 6 月开工，希望协调用地指标。');
  await screenshot(ent, 'enterprise-revise');
  await seenIn(ent, '.submit-button').click();
  await backOnDetail(ent);
  await statusIs(ent, '待管家审核');

  // The steward dispatches it to 区科经委 as a simple demand.
  await openDemand(steward, id);
  await tapStep(steward, '审核派单');
  await steward.waitForURL(/demand-review.*mode=dispatch/);
  await pickOption(steward, '.department-picker', '区科经委');
  await seenIn(steward, '.complexity-option--simple').click();
  await screenshot(steward, 'steward-review-dispatch');
  await seenIn(steward, '.submit-button').click();
  await backOnDetail(steward);
  await statusIs(steward, '已派单');
  await seenIn(steward, '.demand-department').filter({ hasText: '区科经委 · 简单件（5个工作日）' }).waitFor();

  // 区科经委 accepts from its list, records the first contact, extends, then resolves.
  const dept = await openPhone(browser);
  await signInAs(dept, 'dept-01');
  await seenIn(dept, '.demand-count-cell--accept .demand-count-cell__value').filter({ hasText: /^[1-9]\d*$/ }).waitFor();
  await screenshot(dept, 'department-home');
  await seenIn(dept, '.demand-count-cell--accept').click();
  await dept.waitForURL(/department\/pages\/demands/);
  await seenIn(dept, '.demand-item').filter({ hasText: title }).click();
  await dept.waitForURL(/demand-detail/);
  await seen(dept, /^部门联系企业 · \d+月\d+日前$/).waitFor();
  await noteStep(dept, '受理', '由产业处张科长负责', '确认受理');
  await statusIs(dept, '办理中');
  await noteStep(dept, '记录联系', '已电话联系企业李经理，约定下周上门了解用地需求', '保存联系记录');
  const resolveDue = await seen(dept, /^部门办结 · \d+月\d+日前$/).innerText();
  await tapStep(dept, '申请延期');
  await dept.waitForURL(/demand-extend/);
  await seenIn(dept, '.extend-option').first().click();
  const newDate = (await seenIn(dept, '.extend-option .step-choice__hint').first().innerText()).trim();
  await seenIn(dept, '.extend-reason textarea').fill('用地指标需报区规划资源局会商');
  await screenshot(dept, 'department-extend');
  await seenIn(dept, '.submit-button').click();
  await backOnDetail(dept);
  await seen(dept, `延期至${newDate}，理由：用地指标需报区规划资源局会商`).waitFor();
  await seen(dept, `部门办结 · ${newDate}前`).waitFor();
  assert.notEqual(resolveDue, `部门办结 · ${newDate}前`);
  await noteStep(dept, '办结', '已协调产业用地指标 3000 平方米，并辅导企业办理规划许可申请。', '确认办结');
  await statusIs(dept, '已办结待评价');
  await seenIn(dept, '.demand-extensions').scrollIntoViewIfNeeded();
  await dept.waitForTimeout(1500); // the 已办结 toast
  await screenshot(dept, 'department-resolved');

  // The enterprise is not satisfied: a call-back and rectification follow.
  await openDemand(ent, id);
  await tapStep(ent, '评价办理结果');
  await ent.waitForURL(/demand-rate/);
  await seenIn(ent, '.resolved-option').filter({ hasText: '部分解决' }).click();
  await seenIn(ent, '.satisfaction-option').filter({ hasText: /^不满意$/ }).click();
  await seenIn(ent, '.rate-comment textarea').fill('用地指标落实了，但规划审批仍无进展');
  await screenshot(ent, 'enterprise-rate-bad');
  await seenIn(ent, '.submit-button').click();
  await backOnDetail(ent);
  await statusIs(ent, '整改中');

  // The steward sees the call-back to do on the home, and records it.
  await steward.goto('about:blank');
  await steward.goto(`${BASE_URL}/#/pages/index/index`);
  const callbacks = seenIn(steward, '.demand-count-cell--callback');
  await callbacks.locator('.demand-count-cell__value').filter({ hasText: /^[1-9]\d*$/ }).waitFor();
  await callbacks.scrollIntoViewIfNeeded();
  await screenshot(steward, 'steward-home-callback');
  await callbacks.click();
  await steward.waitForURL(/status=rectifying/);
  await seenIn(steward, '.demand-item').filter({ hasText: title }).click();
  await steward.waitForURL(/demand-detail/);
  await seen(steward, /^管家回访 · \d+月\d+日前$/).waitFor();
  await noteStep(steward, '记录回访', '已回访李经理：规划许可材料已受理，承诺两周内出具意见', '保存回访记录');
  await seen(steward, /^部门整改 · \d+月\d+日前$/).waitFor();

  // 区科经委 rectifies; the enterprise rates again, satisfied, and the demand closes.
  await openDemand(dept, id);
  await noteStep(dept, '完成整改', '已协调区规划资源局完成规划许可预审，出具书面意见并告知企业。', '提交整改结果');
  await statusIs(dept, '已办结待评价');

  await openDemand(ent, id);
  await tapStep(ent, '评价办理结果');
  await ent.waitForURL(/demand-rate/);
  await seen(ent, '这是整改后的再次评价，提交后诉求将关闭。').waitFor();
  await seenIn(ent, '.resolved-option').filter({ hasText: '已解决' }).click();
  await seenIn(ent, '.satisfaction-option').filter({ hasText: /^满意$/ }).click();
  await seenIn(ent, '.submit-button').click();
  await backOnDetail(ent);
  await statusIs(ent, '已关闭');
  assert.equal(await seenIn(ent, '.demand-rating').count(), 2);
  assert.equal(await seenIn(ent, '.step-button').count(), 0);
  await seenIn(ent, '.demand-ratings').scrollIntoViewIfNeeded();
  await screenshot(ent, 'demand-closed');

  // The local “WeChat” delivered progress messages the enterprise consented to on submitting.
  const outbox = (await (await fetch(`${BASE_URL}/local/outbox`)).json()) as Array<{ touser: string; templateId: string }>;
  assert.ok(outbox.some((m) => m.touser === 'ent-001' && m.templateId === 'tpl-demand-status'));
});
