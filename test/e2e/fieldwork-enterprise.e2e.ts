import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { callAs, fillPolicyForm, pickWheelRow } from './support/fieldwork';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

test('the district publishes a policy for software firms; the contact of ent-001 sees it, what its steward presented, and its own contact timeline', async () => {
  const enterprise = await callAs<{ name: string; industry: string }>('steward-01', 'enterprise.get', { id: 'ent-001' });
  assert.equal(enterprise.industry, '软件信息');
  const matching = '浦东新区软件和信息服务业高质量发展专项支持办法';
  const other = '浦东新区生物医药临床试验专项支持办法';

  // The district publishes one policy for 软件信息 through the form, and one for 生物医药.
  const district = await openPhone(browser);
  await signInAs(district, 'district-01');
  await fillPolicyForm(district, matching, '对软件企业首版次软件、信创适配和研发投入给予最高 500 万元支持。', '软件信息');
  const year = String(new Date().getFullYear() + 1);
  await screenshot(district, 'fieldwork-district-policy-new');
  await seenIn(district, '.submit-button').click();
  // Publishing pushed it: the dialog says to how many enterprises.
  await seenIn(district, '.taro-modal__content').filter({ hasText: /已推送 \d+ 家匹配企业/ }).waitFor();
  await seenIn(district, '.taro-modal__foot').getByText('确定').click();
  await district.waitForURL(/fieldwork\/pages\/policies/);
  await seenIn(district, '.policy-item').filter({ hasText: matching }).first().waitFor();
  await screenshot(district, 'fieldwork-policy-library');
  const today = new Date().toISOString().slice(0, 10);
  await callAs('district-01', 'policy.create', { title: other, summary: '支持临床试验和新药上市许可持有人落地，最高 1000 万元。', issuer: '区科经委', validFrom: today, validTo: `${year}-12-31`, industries: ['生物医药'], tags: [] });

  // Its steward presents the new policy to ent-001; the enterprise intends to apply.
  const steward = await openPhone(browser);
  await signInAs(steward, 'steward-01');
  await seenIn(steward, '.fieldwork-entry--policies').click();
  await steward.waitForURL(/fieldwork\/pages\/policies/);
  const card = seenIn(steward, '.policy-card').filter({ hasText: matching }).first();
  await card.locator('.promote-button').click();
  await steward.waitForURL(/policy-promote/);
  await pickWheelRow(steward, seenIn(steward, '.enterprise-picker'), enterprise.name);
  await seenIn(steward, '.enterprise-picker').filter({ hasText: enterprise.name }).waitFor();
  await seenIn(steward, '.intent-chips .chip--choice').filter({ hasText: '有意申报' }).click();
  await seenIn(steward, '.promote-note-input textarea').fill('企业计划下月提交首版次软件申报材料');
  await screenshot(steward, 'fieldwork-policy-promote');
  await seenIn(steward, '.submit-button').click();
  await seen(steward, '已记录宣讲').waitFor();

  // The enterprise's contact: the matching policy on the home and in the list, not the other one.
  const contact = await openPhone(browser);
  await signInAs(contact, 'ent-001');
  const recommended = seenIn(contact, '.recommended-policies');
  await recommended.getByText(matching).first().waitFor();
  await screenshot(contact, 'fieldwork-enterprise-home-policies');
  await recommended.locator('.card-head__link').click();
  await contact.waitForURL(/enterprise\/pages\/policies/);
  await seenIn(contact, '.policy-item').filter({ hasText: matching }).first().waitFor();
  const titles = await seenIn(contact, '.policy-item__title').allInnerTexts();
  assert.ok(!titles.includes(other), 'a policy for another industry is not recommended');
  await screenshot(contact, 'fieldwork-enterprise-policies');
  await seenIn(contact, '.tabs__tab').filter({ hasText: '管家宣讲过的' }).click();
  const pushed = seenIn(contact, '.promotion-item').filter({ hasText: matching }).first();
  await pushed.waitFor();
  assert.match(await pushed.innerText(), /有意申报/);

  // Its own contact timeline: the demo contacts recorded by its steward, in plain words.
  await contact.goBack();
  await contact.waitForURL((url) => !url.hash.includes('enterprise/pages/policies'));
  await seenIn(contact, '.contacts-entry').click();
  await contact.waitForURL(/enterprise\/pages\/contacts/);
  const entries = seenIn(contact, '.timeline-entry');
  await entries.first().waitFor();
  assert.ok((await entries.count()) >= 1);
  assert.match(await entries.first().innerText(), /沟通内容：/);
  assert.match(await entries.first().locator('.timeline-entry__who').innerText(), / 与 .+ 沟通$/);
  await screenshot(contact, 'fieldwork-enterprise-timeline');
});
