import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { creditCodeCheckChar } from '../../src/core/credit-code';
import { launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { pickOption } from './support/taro-picker';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const run = String(Date.now() % 100000).padStart(5, '0');
/** A valid credit code nobody in the demo data has: a fixed prefix, this run's digits, the check character. */
const creditCode = (n: number) => {
  const first17 = `913101157${run}${String(n).padStart(3, '0')}`;
  return first17 + creditCodeCheckChar(first17);
};

const openTile = async (page: Page, title: string, url: RegExp) => {
  await seen(page, title).click();
  await page.waitForURL(url);
};

test('the district reviews units, adds an enterprise and finds it in the audit log', async () => {
  const page = await openPhone(browser);
  await signInAs(page, 'district-01');

  await openTile(page, '单位总览', /district\/pages\/dashboard/);
  await seenIn(page, '.unit-row').filter({ hasText: '张江管理局' }).first().waitFor();
  await screenshot(page, 'district-dashboard');
  await page.goBack();

  await openTile(page, '企业清单', /district\/pages\/enterprises/);
  await seenIn(page, '.district-enterprise').first().waitFor();
  await screenshot(page, 'district-enterprises');

  const name = `上海浦东新增测试${run}科技有限公司`;
  await seenIn(page, '.new-enterprise-button').click();
  await page.waitForURL(/enterprise-edit/);
  await seenIn(page, '.submit-button').click();
  await seen(page, '请填写统一社会信用代码').waitFor();
  await seenIn(page, '.name-input input').fill(name);
  // A mistyped check character is caught on the device, with the server's wording.
  await seenIn(page, '.creditCode-input input').fill(creditCode(9).slice(0, 17) + (creditCode(9).endsWith('A') ? 'B' : 'A'));
  await seenIn(page, '.industry-input input').fill('人工智能');
  await seenIn(page, '.address-input input').fill('上海市浦东新区科苑路 88 号');
  await pickOption(page, '.unit-picker', '张江管理局');
  await seenIn(page, '.tags-input input').fill('专精特新、高新技术企业');
  await seenIn(page, '.submit-button').click();
  await seen(page, '统一社会信用代码校验位不正确，请核对后重新输入').waitFor();
  await screenshot(page, 'district-enterprise-form');
  await seenIn(page, '.creditCode-input input').fill(creditCode(9).toLowerCase());
  await seenIn(page, '.submit-button').click();

  await page.waitForURL(/district\/pages\/enterprises/);
  await seenIn(page, '.keyword-input input').fill(`新增测试${run}`);
  await seenIn(page, '.search-button').click();
  const item = seenIn(page, '.district-enterprise').filter({ hasText: name });
  await item.waitFor();
  assert.match((await item.textContent()) ?? '', new RegExp(`${creditCode(9)}.*张江管理局.*管家：待分配.*专精特新`));
  await page.goBack();

  await openTile(page, '操作日志', /district\/pages\/audit/);
  await seenIn(page, '.action-input input').fill('enterprise.create');
  await seenIn(page, '.search-button').click();
  await seenIn(page, '.audit-item').filter({ hasText: `新增企业「${name}」` }).first().waitFor();
  await screenshot(page, 'district-audit');
  await page.goBack();

  await openTile(page, '调整建议', /district\/pages\/proposals/);
  await seenIn(page, '.tabs__tab--active').filter({ hasText: '待审核' }).waitFor();
  await page.waitForTimeout(300);
  await screenshot(page, 'district-proposals');
  await page.goBack();

  await openTile(page, '工作日历', /district\/pages\/calendar/);
  await seen(page, /上一年年底才由国务院公布/).waitFor();
  await seen(page, /年的调整/).waitFor();
  await screenshot(page, 'district-calendar');
});

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('重点企业');
  sheet.addRow(['企业名称', '统一社会信用代码', '行业', '地址', '属地单位', '标签']);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Taps the import button and hands the browser's file dialog an .xlsx built in memory. */
async function importFile(page: Page, name: string, content: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await seenIn(page, '.pick-file-button').click();
  await (await chooser).setFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: content });
}

test('the district imports enterprises from Excel: a bad file names its rows, a good one goes in whole', async () => {
  const page = await openPhone(browser);
  await signInAs(page, 'district-01');
  await openTile(page, '企业清单', /district\/pages\/enterprises/);
  await seenIn(page, '.import-button').click();
  await page.waitForURL(/enterprise-import/);
  await seen(page, '统一社会信用代码').waitFor();

  const good = (n: number) => [`上海浦东导入测试${run}第${n}号科技有限公司`, creditCode(n), '人工智能', `上海市浦东新区科苑路 ${n} 号`, '张江管理局', '专精特新、高新技术企业'];
  const wrongCheck = good(3);
  wrongCheck[1] = creditCode(3).slice(0, 17) + (creditCode(3).endsWith('A') ? 'B' : 'A');
  const unknownUnit = good(4);
  unknownUnit[4] = '张江镇管理局';
  await importFile(page, '重点企业（有误）.xlsx', await xlsx([good(1), good(2), wrongCheck, unknownUnit]));
  await seenIn(page, '.import-rejected').waitFor();
  const errors = await seenIn(page, '.import-row-error').allTextContents();
  assert.equal(errors.length, 2);
  assert.match(errors[0], /^第 4 行 · 统一社会信用代码/);
  assert.match(errors[1], /^第 5 行 · 属地单位.*张江镇管理局/);
  await screenshot(page, 'district-import-rejected');

  await importFile(page, '重点企业.xlsx', await xlsx([good(1), good(2)]));
  await seen(page, '已导入 2 家').waitFor();
  await screenshot(page, 'district-import-done');

  await page.goBack();
  await seenIn(page, '.keyword-input input').fill(`导入测试${run}`);
  await seenIn(page, '.search-button').click();
  await seenIn(page, '.district-enterprise').filter({ hasText: `导入测试${run}第2号` }).waitFor();
  assert.equal(await seenIn(page, '.district-enterprise').count(), 2);
});
