import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const title = `扩产厂房协调 ${Date.now() % 100000}`;

test('an enterprise submits a demand and its steward sees it', async () => {
  const page = await openPhone(browser);
  await signInAs(page, 'ent-001');
  await seen(page, '提交诉求').click();
  await page.waitForURL(/demand-new/);

  // Submitting an empty form is refused on the page, with a message by the field.
  await seenIn(page, '.submit-button').click();
  await seen(page, '请填写诉求标题').waitFor();

  await seenIn(page, '.category-picker').click();
  await seen(page, '确定').click();
  await seenIn(page, '.title-input input').fill(title);
  await seenIn(page, '.description-input textarea').fill('明年计划扩产，需要新增约 5000 平方米厂房，希望协调园区可用载体。');
  await screenshot(page, 'enterprise-demand-form');
  await seenIn(page, '.submit-button').click();

  await page.waitForURL(/demand-detail/);
  await seen(page, title).waitFor();
  await seen(page, '待管家审核').waitFor();
  await seen(page, /提交了诉求/).waitFor();
  await screenshot(page, 'enterprise-demand-detail');

  const steward = await openPhone(browser);
  await signInAs(steward, 'steward-01');
  await seen(steward, '我服务的企业诉求').click();
  await steward.waitForURL(/steward\/pages\/demands/);
  const item = seenIn(steward, '.demand-item').filter({ hasText: title });
  await item.first().waitFor();
  await screenshot(steward, 'steward-demand-list');
  await item.first().click();
  await steward.waitForURL(/demand-detail/);
  await seen(steward, '明年计划扩产').waitFor();

  // Another enterprise cannot open it, even with the link.
  const detailUrl = steward.url();
  const outsider = await openPhone(browser);
  await signInAs(outsider, 'ent-020');
  // A fresh load of the link, as when it is opened from a shared message.
  await outsider.goto('about:blank');
  await outsider.goto(detailUrl);
  await seen(outsider, '您无权查看这条诉求').waitFor();
  await screenshot(outsider, 'outsider-refused');
  assert.equal(await outsider.getByText('明年计划扩产').count(), 0);
});
