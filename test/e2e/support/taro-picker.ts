import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { seen, seenIn } from './browser';

/**
 * Chooses `label` in a Taro H5 selector picker: opens it, drags the wheel until that row sits in
 * the middle (the wheel follows mouse drags, as a finger would), then taps 确定.
 */
export async function pickOption(page: Page, pickerSelector: string, label: string) {
  await seenIn(page, pickerSelector).click();
  // The wheel slides up; measure it once it has stopped.
  await page.waitForTimeout(600);
  const indicator = await page.locator('.weui-picker__indicator').filter({ visible: true }).first().boundingBox();
  const option = await page.locator('.weui-picker__item').filter({ hasText: label }).filter({ visible: true }).first().boundingBox();
  assert.ok(indicator && option, `option ${label} is on the wheel`);
  const x = indicator.x + indicator.width / 2;
  await page.mouse.move(x, option.y + option.height / 2);
  await page.mouse.down();
  await page.mouse.move(x, indicator.y + indicator.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(400);
  await seen(page, '确定').click();
  await seenIn(page, pickerSelector).filter({ hasText: label }).waitFor();
}
