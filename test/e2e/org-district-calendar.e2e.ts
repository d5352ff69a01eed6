import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPhone, screenshot, seen, seenIn, signInAs } from './support/browser';
import { callAs } from './support/demand-flow';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** A 2027 schedule as the State Council's notice reads (a plausible one: this flow needs its form, not its truth). */
const NOTICE_2027 = [
  '国务院办公厅关于2027年部分节假日安排的通知',
  '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
  '二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月14日（周日）、2月20日（周六）上班。',
  '三、清明节：4月3日（周六）至5日（周一）放假，共3天。',
  '四、劳动节：5月1日（周六）至5日（周三）放假调休，共5天。4月25日（周日）、5月8日（周六）上班。',
  '五、端午节：6月9日（周三）至11日（周五）放假，共3天。6月12日（周六）上班。',
  '六、中秋节：9月15日（周三）至17日（周五）放假，共3天。9月18日（周六）上班。',
  '七、国庆节：10月1日（周五）至7日（周四）放假调休，共7天。9月26日（周日）、10月9日（周六）上班。',
].join('\n');

test('the district enters next year\'s official schedule and the warning about the days ahead goes', async (t) => {
  const status = await callAs<{ uncoveredFrom: string | null; years: Array<{ year: number; source: string }> }>('district-01', 'calendar.status');
  if (!status.uncoveredFrom?.startsWith('2027')) {
    t.skip(`the official data covers the next 90 days up to ${status.uncoveredFrom ?? 'beyond'}: no warning to take away today`);
    return;
  }
  const page = await openPhone(browser);
  await signInAs(page, 'district-01');
  const warning = seenIn(page, '.calendar-warning');
  await warning.filter({ hasText: '2027 年的节假日安排尚未录入' }).waitFor();
  await screenshot(page, 'calendar-warning-district-home');
  await warning.getByText('去录入 ›').click();
  await page.waitForURL(/district\/pages\/calendar/);
  await seenIn(page, '.calendar-warning').waitFor();
  await seenIn(page, '.year-schedule__year').filter({ hasText: '2027 年' }).waitFor();
  await seenIn(page, '.year-schedule__text textarea').fill(NOTICE_2027);
  await seenIn(page, '.year-entry').first().waitFor();
  assert.equal(await seenIn(page, '.year-entry--holiday').count(), 7);
  assert.equal(await seenIn(page, '.year-entry--workday').count(), 8);
  assert.equal(await seenIn(page, '.year-entry--bad').count(), 0);
  await seen(page, '2月6日至2月13日，共 8 天').waitFor();
  await screenshot(page, 'calendar-year-form');
  await seenIn(page, '.save-year-button').filter({ hasText: '保存2027年安排（放假 32 天，调休上班 8 天）' }).click();

  // Saved: the warning is gone, the year's days are listed as the State Council's.
  await seenIn(page, '.calendar-warning').waitFor({ state: 'detached' });
  await seen(page, '2027 年按区里录入的国务院节假日安排计算工作日；以下 40 天另有安排。').waitFor();
  const makeUp = seenIn(page, '.override-item').filter({ hasText: '2027-02-14' }).filter({ hasText: '国务院安排' });
  await makeUp.waitFor();
  await page.waitForTimeout(1600); // the saved toast
  await seenIn(page, '.year-source').scrollIntoViewIfNeeded();
  await screenshot(page, 'calendar-year-saved');

  await page.goBack();
  await page.waitForURL((url) => url.hash.includes('pages/index') || url.hash === '#/');
  await page.reload();
  await seenIn(page, '.district-tile--calendar').waitFor();
  assert.equal(await seenIn(page, '.calendar-warning').count(), 0);
  await screenshot(page, 'calendar-district-home-covered');
});
