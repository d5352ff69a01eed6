import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8787';
const SHOTS = path.resolve(__dirname, '../../../test-results');

/** Debian's Chromium, headless, with the flags this sandboxed, offline machine needs. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });

/** A phone-sized page, as the mini-program would be seen. */
export const openPhone = async (browser: Browser): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
};

export const screenshot = async (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  // Let Taro's page slide-in transition finish so the picture shows the page, not the motion.
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
};

interface Identity {
  openid: string;
  name: string;
  detail?: string;
}

export const identityOf = async (openid: string): Promise<Identity> => {
  const identities = (await (await fetch(`${BASE_URL}/local/identities`)).json()) as Identity[];
  const identity = identities.find((i) => i.openid === openid);
  if (!identity) throw new Error(`no demo identity ${openid}`);
  return identity;
};

/** Sign in through the local sign-in page, as a person would: find the identity and tap it. */
export const signInAs = async (page: Page, openid: string) => {
  const identity = await identityOf(openid);
  await page.goto(`${BASE_URL}/#/pages/login/index`);
  const item = page.locator('.identity-item').filter({ hasText: identity.name }).filter({ hasText: identity.detail ?? '' }).first();
  await item.scrollIntoViewIfNeeded();
  await item.click();
  await page.waitForURL((url) => !url.hash.includes('pages/login'));
  // The role's home (or, unbound, the binding page) has rendered: the sign-in's navigation is over,
  // so a page opened next stays open.
  await page.locator('.enterprise-home, .steward-home, .liaison-home, .unit-home, .department-home, .district-home, .bind-page').filter({ visible: true }).first().waitFor();
  return identity;
};

/**
 * Taro's H5 router keeps earlier pages of the stack in the DOM, hidden; look only at what a
 * person can see.
 */
export const seen = (page: Page, text: string | RegExp) => page.getByText(text).filter({ visible: true }).first();
export const seenIn = (page: Page, selector: string) => page.locator(selector).filter({ visible: true });

/** Go back one page per selector, each time waiting until that page shows before going on. */
export const goBackThrough = async (page: Page, ...pageRoots: string[]) => {
  for (const root of pageRoots) {
    await page.goBack();
    await seenIn(page, root).first().waitFor();
  }
};
