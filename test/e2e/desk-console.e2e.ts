import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, screenshot, seen, seenIn } from './support/browser';

/**
 * The desk console (专窗平台) on a wide browser: a district officer signs in through the local
 * unified identity provider (oidc-provider on the local server), is refused while unbound, binds
 * with a one-time code, lands on the console, and exports the enterprise list.
 */
const PASSWORD = 'pudong2024';
let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const openDesk = async (): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
};

/** An action as a demo identity, through the local server (setup only: the flow under test is the browser's). */
const callAs = async <T>(openid: string, action: string, input: object): Promise<T> => {
  const { token } = (await (await fetch(`${BASE_URL}/local/login`, { method: 'POST', body: JSON.stringify({ openid }) })).json()) as { token: string };
  const reply = (await (await fetch(`${BASE_URL}/local/functions/api`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify({ action, input }) })).json()) as { result: { ok: boolean; data: T } };
  assert.ok(reply.result.ok, JSON.stringify(reply.result));
  return reply.result.data;
};

/** At the provider's own page: sign in as one of its people (the provider remembers them afterwards). */
const signInAtProvider = async (page: Page, username: string) => {
  await page.waitForURL(/\/local\/oidc\/interaction\//);
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await page.click('button[type=submit]');
};

test('a district officer signs in through the unified identity provider, binds with a code and exports the enterprise list', async () => {
  const { code } = await callAs<{ code: { code: string } }>('district-01', 'account.create', { role: 'district_admin', name: '周宁', phone: '13800002222' });
  const page = await openDesk();

  await page.goto(`${BASE_URL}/#/pages/desk-login/index`);
  await seenIn(page, '.desk-sign-in-button').click();
  await signInAtProvider(page, 'desk-new');
  // Back at the console: the identity is not bound to any account yet.
  await seen(page, '尚未绑定专窗平台账号').waitFor();
  await screenshot(page, 'desk-unbound');

  await seenIn(page, '.desk-binding-code-input input').fill(code.code);
  await seenIn(page, '.desk-bind-button').click();
  // The provider still knows the person: it sends them straight back, and the binding completes.
  await seenIn(page, '.desk-nav').waitFor();
  await seen(page, '周宁').waitFor();
  assert.equal(await seenIn(page, '.desk-nav__entry.is-active').textContent(), '工作台');
  await screenshot(page, 'desk-home');

  await seenIn(page, '.desk-nav__entry--enterprises').click();
  await page.waitForURL(/district\/pages\/enterprises/);
  await seenIn(page, '.enterprise-table .district-enterprise').first().waitFor();
  assert.equal(await seenIn(page, '.data-table__head').first().textContent(), '企业名称统一社会信用代码所属单位服务管家行业状态');
  await screenshot(page, 'desk-enterprises');

  await seenIn(page, '.export-button').click();
  const link = seenIn(page, '.export-link__anchor');
  await link.waitFor();
  const rows = Number(/（(\d+) 条）/.exec((await link.textContent()) ?? '')?.[1]);
  assert.ok(rows > 200, `exported ${rows} rows`);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.getWorksheet('重点企业名单')!;
  assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), ['企业名称', '统一社会信用代码', '所属单位', '服务管家', '行业', '地址', '最近联系', '状态']);
  assert.equal(sheet.rowCount, rows + 1);
  const firstShown = (await seenIn(page, '.district-enterprise .enterprise-name').first().textContent())?.trim();
  assert.equal(sheet.getRow(2).getCell(1).value, firstShown);
  await page.context().close();
});

test('the console refuses an enterprise person, and a return the provider never sent', async () => {
  const { code } = await callAs<{ code: string }>('steward-01', 'enterpriseContact.issueCode', { enterpriseId: 'ent-001' });
  const page = await openDesk();
  await page.goto(`${BASE_URL}/#/pages/desk-login/index`);
  await seenIn(page, '.desk-sign-in-button').click();
  await signInAtProvider(page, 'desk-ent');
  await seen(page, '尚未绑定专窗平台账号').waitFor();
  await seenIn(page, '.desk-binding-code-input input').fill(code);
  await seenIn(page, '.desk-bind-button').click();
  await seen(page, '企业用户请在微信小程序中使用').waitFor();
  await screenshot(page, 'desk-enterprise-refused');

  // A forged return (a code the provider never issued, for a request this browser never made) is refused.
  await page.goto(`${BASE_URL}/?code=forged-code&state=forged-state#/pages/index/index`);
  await seen(page, '登录请求已失效').waitFor();
  await page.context().close();
});
