import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { callAs, fillPolicyForm } from './support/fieldwork';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('a policy published by the district is pushed to a matching enterprise, whose steward gets a promotion to-do and records it', async () => {
  const enterprise = await callAs<{ name: string; industry: string; tags: string[] }>('steward-01', 'enterprise.get', { id: 'ent-002' });
  const title = `浦东新区${enterprise.industry}企业数字化转型专项支持（推送测试）`;

  // The district publishes it for the enterprise's industry; the dialog says how far the push went.
  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  await fillPolicyForm(district, title, '对企业数字化改造项目按投入的 20% 给予补贴，单个企业最高 300 万元。', enterprise.industry);
  await seenIn(district, '.submit-button').click();
  const dialog = seenIn(district, '.taro-modal__content').filter({ hasText: /已推送 \d+ 家匹配企业（通知联系人 \d+ 人），并为其管家生成宣讲待办/ });
  await dialog.waitFor();
  await screenshot(district, 'policy-push-published');
  await seenIn(district, '.taro-modal__foot').getByText('确定').click();
  await district.waitForURL(/fieldwork\/pages\/policies/);
  const listed = seenIn(district, '.policy-item').filter({ hasText: title }).first();
  await listed.locator('.policy-item__push').waitFor();
  await screenshot(district, 'policy-push-library');

  // The enterprise's contact: a message in the message centre, and the policy among its policies.
  const inbox = await callAs<{ items: { kind: string; title: string; link?: string }[] }>('ent-002', 'message.list', { page: 1, pageSize: 20 });
  assert.ok(inbox.items.some((m) => m.kind === 'info:policy' && m.title === `新政策：${title}` && m.link === '/enterprise/pages/policies/index'), 'the enterprise was told');
  const contact = await openPhone(browser);
  await signInAs(contact, 'ent-002');
  await seenIn(contact, '.recommended-policies').getByText(title).first().waitFor();
  await seenIn(contact, '.recommended-policies .card-head__link').click();
  await contact.waitForURL(/enterprise\/pages\/policies/);
  await seenIn(contact, '.policy-item').filter({ hasText: title }).first().waitFor();
  await screenshot(contact, 'policy-push-enterprise-policies');

  // Its steward has the to-do on the home; recording the promotion completes it.
  const steward = await openPhone(browser);
  await signInAs(steward, 'steward-01');
  const todo = seenIn(steward, '.promotion-todos .promotion-todo').filter({ hasText: enterprise.name }).filter({ hasText: title }).first();
  await todo.waitFor();
  await todo.scrollIntoViewIfNeeded();
  await screenshot(steward, 'policy-push-steward-todo');
  await todo.click();
  await steward.waitForURL(/policy-promote.*enterpriseId=ent-002/);
  await seenIn(steward, '.fixed-enterprise-name').filter({ hasText: enterprise.name }).waitFor();
  await seenIn(steward, '.intent-chips .chip--choice').filter({ hasText: '有意申报' }).click();
  await seenIn(steward, '.promote-note-input textarea').fill('企业计划申报数字化改造补贴');
  await screenshot(steward, 'policy-push-promote-form');
  await seenIn(steward, '.submit-button').click();
  await seen(steward, '已记录宣讲').waitFor();
  const open = await callAs<{ items: { enterpriseId: string; policyTitle: string }[] }>('steward-01', 'policy.todos', { page: 1, pageSize: 50 });
  assert.ok(!open.items.some((t) => t.enterpriseId === 'ent-002' && t.policyTitle === title), 'the to-do is done');
  const done = await callAs<{ items: { enterpriseId: string; policyTitle: string }[] }>('steward-01', 'policy.todos', { done: true, page: 1, pageSize: 50 });
  assert.ok(done.items.some((t) => t.enterpriseId === 'ent-002' && t.policyTitle === title));
});
