import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { callAs } from './support/demand-flow';
import { pickOption, pickSteward } from './support/taro-picker';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const stewardName = '陈思远';
const USED_MESSAGE = '绑定码已被使用，每个绑定码只能使用一次';

/** The local sign-in page's new-WeChat-user button: a fresh openid nobody has bound yet. */
async function enterAsNewWeChatUser(page: Page) {
  await page.goto(`${BASE_URL}/#/pages/login/index`);
  await seen(page, '以新微信用户身份进入').click();
  await page.waitForURL((url) => !url.hash.includes('pages/login'));
  await seen(page, '账号未绑定').waitFor();
}

async function bindWith(page: Page, code: string) {
  await seen(page, '使用绑定码绑定').click();
  await page.waitForURL(/pages\/bind/);
  await seenIn(page, '.bind-code-input input').fill(code);
  await seenIn(page, '.bind-button').click();
}

test('the district creates a steward account; a new WeChat user binds it once', async () => {
  const admin = await openPhone(browser);
  await signInAs(admin, 'district-01');
  await seen(admin, '账号管理').waitFor();
  await screenshot(admin, 'district-home');
  await seen(admin, '账号管理').click();
  await admin.waitForURL(/district\/pages\/accounts/);
  await seenIn(admin, '.account-item').first().waitFor();
  await screenshot(admin, 'district-accounts');

  await seenIn(admin, '.new-account-button').click();
  await admin.waitForURL(/account-new/);
  await seenIn(admin, '.name-input input').fill(stewardName);
  await pickOption(admin, '.unit-picker', '张江管理局');
  await screenshot(admin, 'district-account-new');
  await seenIn(admin, '.submit-button').click();

  await admin.waitForURL(/account-code/);
  const code = ((await seenIn(admin, '.issued-code').textContent()) ?? '').trim();
  assert.match(code, /^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await seen(admin, /有效期至/).waitFor();
  await seenIn(admin, '.issued-code-qr img').waitFor();
  await screenshot(admin, 'district-account-code');

  // Back in the list the new account waits for its person, with the code's expiry.
  await seenIn(admin, '.done-button').click();
  await admin.waitForURL(/district\/pages\/accounts/);
  const row = seenIn(admin, '.account-item').filter({ hasText: stewardName }).first();
  await row.waitFor();
  assert.match((await row.textContent()) ?? '', /待绑定 · 绑定码 .* 前有效/);

  // A WeChat user nobody has bound types the code (lower case, as people do) and becomes the steward.
  const newcomer = await openPhone(browser);
  await enterAsNewWeChatUser(newcomer);
  await screenshot(newcomer, 'unbound-account');
  await bindWith(newcomer, code.toLowerCase());
  await newcomer.waitForURL((url) => !url.hash.includes('pages/bind'));
  await seenIn(newcomer, '.signed-in-name').filter({ hasText: stewardName }).waitFor();
  await seenIn(newcomer, '.signed-in-role').filter({ hasText: '服务管家' }).waitFor();
  await seenIn(newcomer, '.unit-name').filter({ hasText: '张江管理局' }).waitFor();
  await screenshot(newcomer, 'steward-bound-home');

  // The same code from another new WeChat user is refused: it has been used.
  const other = await openPhone(browser);
  await enterAsNewWeChatUser(other);
  await bindWith(other, code);
  await seen(other, USED_MESSAGE).waitFor();
  await screenshot(other, 'bind-code-used');
  assert.ok(other.url().includes('pages/bind'));

  // The district sees the account bound now.
  await admin.reload();
  await seenIn(admin, '.account-item').filter({ hasText: stewardName }).filter({ hasText: '已绑定' }).first().waitFor();
});

test('the district edits a steward’s phone and is told to hand over before disabling a steward with enterprises', async () => {
  const admin = await openPhone(browser);
  await signInAs(admin, 'district-01');
  await seen(admin, '账号管理').click();
  await admin.waitForURL(/district\/pages\/accounts/);
  await seenIn(admin, '.account-item').first().waitFor();
  await screenshot(admin, 'district-accounts-before-edit');
  await seen(admin, '服务管家').click();
  const row = seenIn(admin, '.account-item').filter({ hasText: '13800000001' }).first();
  await row.waitFor();
  const name = ((await row.locator('.account-name').textContent()) ?? '').trim();

  // Disabling a steward who serves 11 enterprises: a dialog says a handover comes first.
  await row.locator('.toggle-status').click();
  await seenIn(admin, '.taro-modal__foot').getByText('确定').click();
  await seenIn(admin, '.taro-modal__content').filter({ hasText: `管家「${name}」名下还有 11 家企业，请先办理管家交接，再停用` }).waitFor();
  await screenshot(admin, 'district-disable-handover-first');
  await seenIn(admin, '.taro-modal__foot').getByText('确定').click();

  // 修改: a new phone number, which the steward's enterprises see.
  await row.locator('.edit-account').click();
  await admin.waitForURL(/account-edit/);
  await seenIn(admin, '.phone-input input').fill('13900009999');
  await screenshot(admin, 'district-account-edit');
  await seenIn(admin, '.submit-button').click();
  await seen(admin, '已保存').waitFor();
  await admin.waitForURL(/district\/pages\/accounts/);
  const contact = await openPhone(browser);
  await signInAs(contact, 'ent-001');
  await seenIn(contact, '.steward-card').filter({ hasText: '13900009999' }).waitFor();
});

test('the district opens a second liaison for a steward found by name in the steward sheet, saying why once the rule refuses it', async () => {
  // Every signed-in steward of 陆家嘴管理局 has a liaison already: one per steward, unless the district says why.
  const steward = { id: 'u-steward-02', name: '秦超' };
  const liaisonName = '周晓岚';
  const admin = await openPhone(browser);
  await signInAs(admin, 'district-01');
  await seen(admin, '账号管理').click();
  await admin.waitForURL(/district\/pages\/accounts/);
  await seenIn(admin, '.new-account-button').click();
  await admin.waitForURL(/account-new/);
  await seenIn(admin, '.role-chip').filter({ hasText: '联络员' }).click();
  await seenIn(admin, '.name-input input').fill(liaisonName);
  // Until a unit is chosen there is no one to pick.
  await seen(admin, '请先选择所属单位').waitFor();
  await pickOption(admin, '.unit-picker', '陆家嘴管理局');
  await pickSteward(admin, '.steward-picker', steward.name, 'district-account-steward-sheet');
  await seenIn(admin, '.submit-button').click();

  // Refused, naming the steward's liaison; the reason field appears, and nothing was created.
  await seenIn(admin, '.field-error--overrideReason').filter({ hasText: '如确需例外，请填写理由' }).waitFor();
  await seen(admin, /管家「秦超」已有联络员「[^」]+」，每位管家只配一名联络员/).waitFor();
  await screenshot(admin, 'district-account-liaison-refused');
  const named = async () => (await callAs<{ items: Array<{ name: string; stewardId?: string; stewardName?: string }> }>('district-01', 'account.list', { role: 'liaison', page: 1, pageSize: 50 })).items.filter((a) => a.name === liaisonName);
  assert.deepEqual(await named(), []);

  await seenIn(admin, '.overrideReason-input textarea').fill('秦超服务企业集中于金融城，增配一名联络员协助走访');
  await seenIn(admin, '.submit-button').click();
  await admin.waitForURL(/account-code/);
  // The account helps that steward, and the liaison list names the steward.
  assert.deepEqual((await named()).map((a) => [a.stewardId, a.stewardName]), [[steward.id, steward.name]]);
});
