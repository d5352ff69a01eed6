import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, openPhone, seenIn, signInAs } from './support/browser';
import { contrastProblems } from './support/contrast';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** Waits for the loading placeholders to go, so the check sees the screen a person reads. */
async function settled(page: Page) {
  await page.waitForFunction(() => !Array.from(document.querySelectorAll('.loading-state')).some((el) => (el as HTMLElement).offsetParent !== null));
  await page.waitForTimeout(300);
}

async function assertReadable(page: Page, screen: string) {
  await settled(page);
  const { checked, problems } = await contrastProblems(page);
  assert.ok(checked > 0, `${screen}: no controls with text were found`);
  assert.deepEqual(problems, [], `${screen}: controls whose text is hard to read`);
}

test('every button and link on the sign-in page is readable', async () => {
  const page = await openPhone(browser);
  await page.goto(`${BASE_URL}/#/pages/login/index`);
  await seenIn(page, '.identity-item').first().waitFor();
  await seenIn(page, '.new-user-button').waitFor();
  await assertReadable(page, 'sign-in page');
  await page.context().close();
});

const HOMES = ['ent-001', 'steward-01', 'liaison-01', 'unit-admin-z01', 'dept-01', 'district-01'];

for (const openid of HOMES) {
  test(`every button and link on ${openid}'s home is readable`, async () => {
    const page = await openPhone(browser);
    await signInAs(page, openid);
    await seenIn(page, '.home-page').first().waitFor();
    await assertReadable(page, `${openid} home`);
    await page.context().close();
  });
}
