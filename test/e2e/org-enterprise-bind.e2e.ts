import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, identityOf, launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const ENTERPRISE = 'ent-003';

async function enterpriseName(id: string): Promise<string> {
  const login = (await (await fetch(`${BASE_URL}/local/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ openid: 'steward-01' }) })).json()) as { token: string };
  const res = await fetch(`${BASE_URL}/local/functions/api`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${login.token}` },
    body: JSON.stringify({ action: 'enterprise.get', input: { id } }),
  });
  return ((await res.json()) as { result: { data: { name: string } } }).result.data.name;
}

/** A WeChat user nobody has bound yet: the login page's button, or a fresh local sign-in. */
async function enterAsNewUser(page: Page) {
  await page.goto(`${BASE_URL}/#/pages/login/index`);
  const button = seenIn(page, '.new-user-button');
  await seen(page, '服务管家').waitFor();
  if ((await button.count()) > 0) {
    await button.click();
    await page.waitForURL((url) => !url.hash.includes('pages/login'));
    return;
  }
  const openid = `e2e-${Date.now().toString(36)}`;
  const { token } = (await (await fetch(`${BASE_URL}/local/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ openid }) })).json()) as { token: string };
  // As Taro's H5 storage keeps it (src/services/session-token.ts).
  await page.evaluate((t) => localStorage.setItem('local-session-token', JSON.stringify({ data: t })), token);
}

/** The unbound home offers the bind page; without that button, open #/pages/bind/index. */
async function openBindPage(page: Page) {
  const button = seenIn(page, '.go-bind-button');
  await Promise.race([button.waitFor(), page.waitForTimeout(5000)]);
  if ((await button.count()) > 0) await button.click();
  else await page.goto(`${BASE_URL}/#/pages/bind/index`);
  await page.waitForURL(/pages\/bind/);
}

test('a steward issues a binding code and a new WeChat user binds to the enterprise with it', async () => {
  const steward = await identityOf('steward-01');
  const name = await enterpriseName(ENTERPRISE);

  const page = await openPhone(browser);
  await signInAs(page, 'steward-01');
  await seenIn(page, '.my-enterprises-entry .entry-row').click();
  await page.waitForURL(/steward\/pages\/enterprises/);
  await seenIn(page, '.search-bar__input input').fill(name.slice(2, 6));
  await seen(page, '搜索').click();
  await seenIn(page, '.enterprise-item').filter({ hasText: name }).click();
  await page.waitForURL(/enterprise-profile/);
  await seenIn(page, '.issue-code-button').click();
  await page.waitForURL(/contact-code/);
  const code = (await seenIn(page, '.issued-code').innerText()).trim();
  assert.match(code, /^[0-9A-Z-]{6,20}$/);
  const qr = seenIn(page, '.issued-code-qr img');
  await qr.waitFor();
  assert.match((await qr.getAttribute('src')) ?? '', /^data:image\/png;base64,/);
  await seen(page, /请企业联系人打开小程序，输入绑定码或扫码完成绑定/).waitFor();
  await screenshot(page, 'steward-contact-code');

  const newcomer = await openPhone(browser);
  await enterAsNewUser(newcomer);
  await openBindPage(newcomer);
  await seenIn(newcomer, '.bind-code-input input').fill(code);
  await seenIn(newcomer, '.bind-name-input input').fill('孙明华');
  await screenshot(newcomer, 'enterprise-bind-form');
  await seenIn(newcomer, '.bind-button').click();

  await newcomer.waitForURL(/pages\/index\/index/);
  await seenIn(newcomer, '.steward-card .steward-name').filter({ hasText: steward.name }).waitFor();
  await seenIn(newcomer, '.enterprise-name').filter({ hasText: name }).waitFor();
  await screenshot(newcomer, 'enterprise-home-after-bind');

  // The steward sees the new contact on the enterprise profile.
  await page.goBack();
  await page.waitForURL(/enterprise-profile/);
  await page.reload();
  await seenIn(page, '.contact-person').filter({ hasText: '孙明华' }).waitFor();
});
