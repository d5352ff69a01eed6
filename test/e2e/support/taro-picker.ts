import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { screenshot, seen, seenIn } from './browser';

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

/**
 * Chooses a steward in the searchable steward picker: taps the trigger, searches the name as a
 * person would (a unit may have hundreds), and taps the steward in the sheet's list.
 */
export async function pickSteward(page: Page, triggerSelector: string, name: string, shot?: string) {
  await seenIn(page, triggerSelector).click();
  const sheet = seenIn(page, '.steward-sheet');
  await sheet.locator('.steward-option').first().waitFor();
  if (shot) await screenshot(page, shot);
  await sheet.locator('.steward-search-input input').fill(name);
  await sheet.locator('.search-button').click();
  await sheet.locator('.steward-option').filter({ hasText: new RegExp(`^${name}（`) }).click();
  await seenIn(page, triggerSelector).filter({ hasText: name }).waitFor();
}
