import type { Browser, Locator, Page } from 'playwright-core';

/** Pudong, near 陆家嘴: where the on-site check-in says the phone is. */
export const PUDONG = { latitude: 31.22, longitude: 121.55 };

/** A phone-sized page whose browser grants the location, as a steward allowing it on a visit would. */
export const openPhoneAt = async (browser: Browser, geolocation = PUDONG): Promise<Page> => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    geolocation,
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
};

export { callAs } from './demand-flow';

/** A 1×1 PNG, standing in for a photo taken on the visit. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/**
 * Opens a Taro H5 picker and turns the wheel holding `label` (a row such as `12月` or an enterprise
 * name) until that row sits in the middle, then taps 确定. The drag starts on the middle row and
 * moves by the row's distance from it, so rows scrolled out of the wheel's window are reached too.
 */
export async function pickWheelRow(page: Page, trigger: Locator, label: string) {
  await trigger.click();
  await page.waitForTimeout(600);
  const indicator = await page.locator('.weui-picker__indicator').filter({ visible: true }).first().boundingBox();
  const target = page.locator('.weui-picker__item').filter({ hasText: new RegExp(`^${label}$`) }).filter({ visible: true }).first();
  if (!indicator) throw new Error('no picker is open');
  const middle = indicator.y + indicator.height / 2;
  // The wheel follows a drag only while it stays on the picker: a few rows at a time.
  for (let turn = 0; turn < 20; turn++) {
    const row = await target.boundingBox();
    if (!row) throw new Error(`wheel row ${label} is not on the picker`);
    const distance = row.y + row.height / 2 - middle;
    if (Math.abs(distance) < row.height / 2) break;
    const step = Math.max(-3 * row.height, Math.min(3 * row.height, distance));
    const x = row.x + row.width / 2;
    await page.mouse.move(x, middle);
    await page.mouse.down();
    await page.mouse.move(x, middle - step, { steps: 8 });
    await page.mouse.up();
    await page.waitForTimeout(500);
  }
  await page.locator('.weui-picker__action', { hasText: '确定' }).filter({ visible: true }).first().click();
  await page.waitForTimeout(300);
}

/** Opens a Taro H5 date picker and confirms the date it shows (today when none is set). */
export async function confirmDate(page: Page, trigger: Locator) {
  await trigger.click();
  await page.waitForTimeout(600);
  await page.locator('.weui-picker__action', { hasText: '确定' }).filter({ visible: true }).first().click();
  await page.waitForTimeout(300);
}

/**
 * The district publishes a policy through its form, valid until this day next year, for one
 * industry; leaves the form with its submit tapped.
 */
export async function fillPolicyForm(district: Page, title: string, summary: string, industry: string) {
  await district.locator('.district-tile--policies').filter({ visible: true }).click();
  await district.waitForURL(/fieldwork\/pages\/policies/);
  await district.locator('.new-policy-button').filter({ visible: true }).click();
  await district.waitForURL(/district\/pages\/policy-new/);
  await district.locator('.policy-title-input input').filter({ visible: true }).fill(title);
  await district.locator('.policy-summary-input textarea').filter({ visible: true }).fill(summary);
  // Valid until a year from today: the wheel opens on today; one row on in the year column.
  await pickWheelRow(district, district.locator('.valid-to').filter({ visible: true }), `${new Date().getFullYear() + 1}年`);
  await district.locator('.chip-picker--industries .policy-chip').filter({ visible: true }).filter({ hasText: industry }).click();
}
