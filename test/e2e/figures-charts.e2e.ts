import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, seen, seenIn, signInAs } from './support/browser';
import { expectCharts } from './support/charts';
import { callAs } from './support/fieldwork';

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** The narrowest common phone: charts and Chinese labels must fit 375 px. */
const openNarrowPhone = async (): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
};

test('the district opens the figures and sees them drawn: satisfaction, monthly trend, unit ranking, departments on time, each figure with its 口径', async () => {
  const district = await openNarrowPhone();
  await signInAs(district, 'district-01');
  await seenIn(district, '.district-tile--figures').click();
  await district.waitForURL(/oversight\/pages\/figures/);
  await seenIn(district, '.figures-head').filter({ hasText: '全区' }).waitFor();

  await expectCharts(district, '.satisfaction-chart-card', ['企业评价分布']);
  await screenshot(district, 'figures-district-top');
  await seenIn(district, '.trend-card').scrollIntoViewIfNeeded();
  await expectCharts(district, '.trend-card', ['数量走势', '比率走势']);
  await screenshot(district, 'figures-district-trend');
  await seenIn(district, '.ranking-card').scrollIntoViewIfNeeded();
  await expectCharts(district, '.ranking-card', ['属地单位综合排名']);
  await screenshot(district, 'figures-district-ranking');
  await seenIn(district, '.on-time-card').scrollIntoViewIfNeeded();
  await expectCharts(district, '.on-time-card', ['各部门办理按时率']);
  await screenshot(district, 'figures-district-on-time');

  // The figures agree with the action, and each 口径 opens under its figure.
  const view = await callAs<{ figures: Array<{ key: string; text: string }> }>('district-01', 'figures.get', { period: { kind: 'month' } });
  const received = view.figures.find((f) => f.key === 'received')!;
  const row = seenIn(district, '.figure-row--received');
  await row.scrollIntoViewIfNeeded();
  assert.equal(await row.locator('.figure-row__value').innerText(), received.text);
  await row.locator('.figure-row__definition-link').click();
  await row.locator('.figure-row__definition').filter({ hasText: '口径：统计期内企业提交' }).waitFor();
  await screenshot(district, 'figures-district-definition');

  // Another period: the quarter's figures, drawn again.
  await district.evaluate(() => window.scrollTo(0, 0));
  await seenIn(district, '.period-chip').filter({ hasText: '季度' }).click();
  await seenIn(district, '.figures-head__title').filter({ hasText: '季度' }).waitFor();
  await expectCharts(district, '.satisfaction-chart-card', ['企业评价分布']);
  await screenshot(district, 'figures-district-quarter');
});

test('a unit admin opens the figures: its stewards ranked as kept, saying when, drawn and listed as the action answers', async () => {
  const ranking = await callAs<{ rows: Array<{ name: string }>; paging: { total: number; ranked: number } }>('unit-admin-z01', 'figures.ranking', { of: 'stewards', period: { kind: 'month' } });
  assert.ok(ranking.rows.length > 1, 'the unit has stewards to rank');
  const admin = await openNarrowPhone();
  await signInAs(admin, 'unit-admin-z01');
  await seenIn(admin, '.figures-entry').click();
  await admin.waitForURL(/oversight\/pages\/figures/);
  const card = seenIn(admin, '.steward-ranking-card');
  await card.waitFor();
  await card.scrollIntoViewIfNeeded();
  const made = new RegExp(`^排名截至 \\d{2}:\\d{2}，每小时更新；共 ${ranking.paging.total} 名管家，${ranking.paging.ranked} 名参与排名$`);
  await card.locator('.steward-ranking-card__computed').filter({ hasText: made }).waitFor();
  await expectCharts(admin, '.steward-ranking-card', ['陆家嘴管理局管家综合排名（前 20 名）']);
  const rows = card.locator('.steward-ranking-row');
  assert.equal(await rows.count(), ranking.rows.length);
  assert.deepEqual(await rows.locator('.steward-ranking-row__body > :first-child').allInnerTexts(), ranking.rows.map((r) => r.name));
  await screenshot(admin, 'figures-unit-steward-ranking');
});

/** Enterprises asking about one subsidy in their own words (the demo has no such group of its own). */
const SUBSIDY = [
  ['研发费用补贴申报时间', '关于浦东新区研发费用补贴的申报时间，想咨询今年什么时候开始申报？'],
  ['研发补贴通知', '请问今年研发费用补贴申报通知何时发布，我司符合条件吗？'],
  ['申请研发费用补贴', '我们公司去年研发投入较大，想申请区里的研发费用补贴，需要准备哪些材料？'],
  ['研发费用补贴政策', '研发费用补贴政策今年还有吗？申报截止日期是什么时候？'],
  ['补贴条件', '咨询浦东研发费用补贴的申报条件和补贴比例'],
];
const ANSWER = '研发费用补贴今年的申报窗口为12月1日至15日，申报条件与材料清单见区科经委网站通知，如有疑问请联系服务管家。';

test('the district opens a group of similar demands, reads its members and answers the whole group once', async () => {
  const ids: string[] = [];
  for (const [i, [title, description]] of SUBSIDY.entries()) {
    ids.push((await callAs<{ id: string }>(`ent-${String(30 + i).padStart(3, '0')}`, 'demand.submit', { category: '政策咨询', title, description })).id);
  }
  const district = await openNarrowPhone();
  await signInAs(district, 'district-01');
  await seenIn(district, '.district-tile--similar').click();
  await district.waitForURL(/oversight\/pages\/similar/);
  const group = seenIn(district, '.similar-group').filter({ hasText: '研发费用补贴' }).first();
  await group.waitFor();
  await screenshot(district, 'similar-groups');
  await group.click();
  await seenIn(district, '.group-member').first().waitFor();
  const size = Number(/(\d+) 件在办诉求/.exec(await seenIn(district, '.group-members .card__title').innerText())![1]);
  assert.ok(size >= SUBSIDY.length, `the group holds the ${SUBSIDY.length} subsidy questions (${size})`);

  await seenIn(district, '.group-reply-input textarea').fill(ANSWER);
  await screenshot(district, 'similar-group-open');
  await seen(district, `答复全部 ${size} 件`).click();
  await seenIn(district, '.taro-modal__foot').getByText('确定').click();
  await seenIn(district, '.group-reply-result').filter({ hasText: `已答复 ${size} 件` }).waitFor();
  await screenshot(district, 'similar-group-answered');

  // Every member has the answer on its timeline, once.
  for (const id of ids) {
    const demand = await callAs<{ timeline: Array<{ note?: string; text?: string }> }>('district-01', 'demand.get', { id });
    const lines = JSON.stringify(demand).split(`区科经委统一答复：${ANSWER}`).length - 1;
    assert.equal(lines, 1, `demand ${id} has the answer once`);
  }
});
