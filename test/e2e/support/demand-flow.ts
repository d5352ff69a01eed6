import type { Page } from 'playwright-core';
import { BASE_URL, seen, seenIn } from './browser';

/** A valid 1×1 PNG: the server recognises attachments by their first bytes. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAFgwJ/lRk9zQAAAABJRU5ErkJggg==',
  'base64',
);

/** Reads or prepares demo data the way the app does; the flows themselves are clicked. */
export async function callAs<T>(openid: string, action: string, input: object = {}): Promise<T> {
  const login = (await (await fetch(`${BASE_URL}/local/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ openid }) })).json()) as { token: string };
  const res = await fetch(`${BASE_URL}/local/functions/api`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${login.token}` },
    body: JSON.stringify({ action, input }),
  });
  const { result } = (await res.json()) as { result: { ok: boolean; data: T; error?: unknown } };
  if (!result.ok) throw new Error(`${action} failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

export const demandIdOf = (page: Page) => new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? '';

/** Opens a demand afresh, as from a message link, and waits for it to show. */
export async function openDemand(page: Page, id: string) {
  await page.goto('about:blank');
  await page.goto(`${BASE_URL}/#/pages/demand-detail/index?id=${id}`);
  await seenIn(page, '.demand-detail .demand-title').waitFor();
}

/** The status tag of the demand on screen reads `label`. */
export const statusIs = (page: Page, label: string) => seenIn(page, '.demand-head .demand-status').filter({ hasText: label }).waitFor();

/** Taps a step button on the detail page. */
export const tapStep = (page: Page, label: string) => seenIn(page, '.step-button').filter({ hasText: label }).click();

/** Opens a one-text step on the detail page, types, and confirms; waits for the form to close. */
export async function noteStep(page: Page, label: string, text: string, confirm: string) {
  await tapStep(page, label);
  await seenIn(page, '.note-step-form textarea').fill(text);
  await seen(page, confirm).click();
  await seenIn(page, '.note-step-form').waitFor({ state: 'detached' });
}

/** Back on the detail page after a step's own page. */
export async function backOnDetail(page: Page) {
  await page.waitForURL(/demand-detail/);
  await seenIn(page, '.demand-detail .demand-title').waitFor();
}
