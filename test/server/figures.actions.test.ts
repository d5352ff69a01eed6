import { shanghaiDate } from '@/core/time/shanghai';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';
import { SMALL, seedSmallOrg } from '../support/small-org';

/**
 * figures.get / ranking / trend on a hand-built history whose figures are known exactly, and on
 * the demo seed, where simple counts of the records themselves must agree with the figures.
 */
type View = { figures: Array<{ key: string; value: number | null; text: string; previous: number | null; change: { text: string } | null; definition: string }>; [k: string]: any };
const value = (view: View, key: string) => view.figures.find((f) => f.key === key)!.value;
const month = { kind: 'month' } as const;

describe('figures on a hand-built history', () => {
  let t: TestCloud;
  beforeAll(async () => {
    t = openTestCloud({ seed: false });
    seedSmallOrg(t);
    const get = async (openid: string, id: string) => dataOf(await t.as(openid).call('demand.get', { id }));
    const step = async (openid: string, action: string, id: string, input: object = {}) => dataOf(await t.as(openid).call(action, { id, version: (await get(openid, id)).version, ...input }));
    const submit = async (openid: string, category: string, title: string) => dataOf(await t.as(openid).call('demand.submit', { category, title, description: `${title}，请协助。` })).id as string;
    const resolve = async (steward: string, id: string) => {
      await step(steward, 'demand.dispatch', id, { departmentId: 'dept-a', complexity: 'simple' });
      await step(SMALL.dept, 'demand.accept', id);
      await step(SMALL.dept, 'demand.resolve', id, { resolution: '已按政策口径答复企业并协助办理完成。' });
    };
    const x = await submit(SMALL.entA, '融资', '申请贷款贴息');
    await resolve(SMALL.stewardA, x);
    await step(SMALL.entA, 'demand.rate', x, { resolved: '已解决', satisfaction: '非常满意' });
    const y = await submit(SMALL.entA, '融资', '对接产业基金');
    await resolve(SMALL.stewardA, y);
    await step(SMALL.entA, 'demand.rate', y, { resolved: '部分解决', satisfaction: '不满意' });
    await step(SMALL.stewardA, 'demand.callback', y, { note: '已电话回访企业' });
    await step(SMALL.dept, 'demand.rectify', y, { note: '已重新对接两家产业基金并安排路演。' });
    await step(SMALL.entA, 'demand.rate', y, { resolved: '未解决', satisfaction: '不满意' });
    // A second bad rating goes to the district, which closes it as unresolved (counted apart).
    await step(SMALL.district, 'demand.closeUnresolved', y, { reason: '企业要求的投资规模超出区内基金现有额度，已书面说明' });
    const z = await submit(SMALL.entB, '人才/落户', '人才公寓申请');
    await resolve(SMALL.stewardB, z);
    await t.cloud.run(() => t.cloud.database().collection('demands').doc(z).update({ data: { autoCloseAt: new Date(Date.now() - 1000) } }));
    await t.cloud.fireTimer('cron', 'hourly');
    await submit(SMALL.entC, '用地/厂房', '扩产用地协调');
    dataOf(await t.as(SMALL.stewardB).call('contact.record', { enterpriseId: 'e-b', type: '电话', at: new Date().toISOString(), who: '总经理', topics: '了解经营情况', outcome: '企业运行平稳' }));
    await t.cloud.fireTimer('cron', 'morning');
  });
  afterAll(() => t.close());
  const figures = async (openid: string, slice: object = {}, period: object = month): Promise<View> => dataOf(await t.as(openid).call('figures.get', { period, slice }));

  it('gives the district its demands, satisfaction and service figures, auto-closed apart and the previous month beside them', async () => {
    const view = await figures(SMALL.district);
    expect(view.slice).toEqual({ dimension: 'district', id: 'all', name: '全区' });
    expect(view.stockDay).toBe(shanghaiDate(new Date()));
    const got = Object.fromEntries(['received', 'dispatched', 'resolved', 'closed', 'autoClosed', 'rated', 'satisfiedRate', 'badReviewRate', 'resolvedRate', 'secondBad', 'closedUnresolved', 'decideOnTimeRate', 'openNow', 'enterprises', 'stewards', 'contacts', 'boundRate', 'resolveOnTimeRate'].map((k) => [k, value(view, k)]));
    expect(got).toEqual({
      received: 4, dispatched: 3, resolved: 3, closed: 3, autoClosed: 1, rated: 2, satisfiedRate: 0.5, badReviewRate: 0.5, resolvedRate: 0.5, secondBad: 1, closedUnresolved: 1, decideOnTimeRate: 1,
      openNow: 1, enterprises: 3, stewards: 3, contacts: 1, boundRate: 1, resolveOnTimeRate: 1,
    });
    expect(view.satisfaction).toEqual({ labels: ['非常满意', '满意', '基本满意', '不满意', '非常不满意'], values: [1, 0, 0, 1, 0], autoClosed: 1, closedUnresolved: 1 });
    const received = view.figures.find((f) => f.key === 'received')!;
    expect(received).toMatchObject({ text: '4 件', previous: 0, change: { text: '增加 4 件' } });
    expect(received.definition).toContain('按提交日期计');
    expect(view.figures.find((f) => f.key === 'satisfiedRate')!.text).toBe('50.0%');
    expect(view.groups.map((g: { label: string }) => g.label)).toContain('企业满意度');
  });

  it('cuts the same figures by unit, steward, department and category, and defaults to the caller’s own', async () => {
    expect(value(await figures(SMALL.unitAdminA), 'received')).toBe(3);
    expect(value(await figures(SMALL.district, { dimension: 'unit', id: 'unit-b' }), 'openNow')).toBe(1);
    const own = await figures(SMALL.stewardA);
    expect(own.slice).toMatchObject({ dimension: 'steward', id: 'u-steward-a', name: '管家甲' });
    expect([value(own, 'received'), value(own, 'secondBad'), value(own, 'satisfiedRate')]).toEqual([2, 1, 0.5]);
    const b = await figures(SMALL.unitAdminA, { dimension: 'steward', id: 'u-steward-b' });
    expect([value(b, 'autoClosed'), value(b, 'rated'), value(b, 'satisfiedRate'), value(b, 'contacts')]).toEqual([1, 0, null, 1]);
    const dept = await figures(SMALL.dept);
    expect([value(dept, 'dispatched'), value(dept, 'resolved'), value(dept, 'resolveOnTimeRate')]).toEqual([3, 3, 1]);
    expect(value(await figures(SMALL.district, { dimension: 'category', id: '融资' }), 'received')).toBe(2);
    const custom = await figures(SMALL.district, {}, { kind: 'custom', from: shanghaiDate(new Date(Date.now() - 40 * 86_400_000)), to: shanghaiDate(new Date()) });
    expect(value(custom, 'received')).toBe(4);
  });

  it('ranks units and a unit’s stewards with their red flags, and refuses what a caller may not see', async () => {
    const units = dataOf(await t.as(SMALL.district).call('figures.ranking', { of: 'units', period: month }));
    expect(units.rows.map((r: { id: string }) => r.id).sort()).toEqual(['unit-a', 'unit-b']);
    expect(units.chart.labels).toHaveLength(2);
    const a = units.rows.find((r: { id: string }) => r.id === 'unit-a');
    expect(a.flags.map((f: { key: string; severity: string }) => `${f.key}:${f.severity}`)).toEqual(['secondBadRatings:serious', 'badReviews:warning']);
    expect(a.score).toBeGreaterThan(0);
    const stewards = dataOf(await t.as(SMALL.unitAdminA).call('figures.ranking', { of: 'stewards', period: month }));
    expect(stewards.unit).toEqual({ id: 'unit-a', name: '甲管理局' });
    expect(stewards.rows.map((r: { name: string }) => r.name).sort()).toEqual(['管家乙', '管家甲']);
    expect(await t.as(SMALL.unitAdminB).call('figures.ranking', { of: 'stewards', unitId: 'unit-a', period: month })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(SMALL.stewardB).call('figures.get', { period: month, slice: { dimension: 'steward', id: 'u-steward-a' } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(SMALL.entA).call('figures.get', { period: month })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.as(SMALL.district).call('figures.get', { period: { kind: 'custom', from: '2026-05-01', to: '2026-04-01' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: '开始日期应不晚于结束日期' } });
  });

  it('draws a trend month by month, the current month last', async () => {
    const trend = dataOf(await t.as(SMALL.district).call('figures.trend', { months: 12, figures: ['received', 'satisfiedRate', 'openNow'] }));
    expect(trend.months).toHaveLength(12);
    expect(trend.months.at(-1)).toBe(shanghaiDate(new Date()).slice(0, 7));
    expect(trend.labels[0]).toMatch(/^\d{4}年\d{1,2}月$/);
    const series = Object.fromEntries(trend.series.map((s: { key: string; values: unknown[] }) => [s.key, s.values]));
    expect(series.received.at(-1)).toBe(4);
    expect(series.received.slice(0, -1).every((v: number) => v === 0)).toBe(true);
    expect(series.satisfiedRate.at(-1)).toBe(0.5);
    expect(series.openNow.at(-1)).toBe(1);
    expect(series.openNow[0]).toBeNull(); // no snapshot that month
  });
});

describe('figures on the demo data', () => {
  let t: TestCloud;
  beforeAll(() => {
    t = openTestCloud();
  });
  afterAll(() => t.close());

  it('agree with plain counts of the seeded records, for each slice', async () => {
    const thisMonth = shanghaiDate(new Date()).slice(0, 7);
    const demands = await t.read('demands', {});
    const inMonth = (d: Date) => shanghaiDate(d).slice(0, 7) === thisMonth;
    const received = (pick: (d: any) => boolean) => demands.filter((d: any) => inMonth(d.createdAt) && pick(d)).length;
    const open = (pick: (d: any) => boolean) => demands.filter((d: any) => !['closed', 'withdrawn'].includes(d.status) && pick(d)).length;
    const get = async (openid: string, slice: object = {}) => dataOf(await t.as(openid).call('figures.get', { period: month, slice })) as View;

    const district = await get(DEMO.district);
    expect([value(district, 'received'), value(district, 'openNow')]).toEqual([received(() => true), open(() => true)]);
    expect(value(district, 'enterprises')).toBe((await t.read('enterprises', { status: 'active' })).length);
    const unit = await get(DEMO.unitAdmin);
    expect([value(unit, 'received'), value(unit, 'openNow')]).toEqual([received((d) => d.unitId === 'unit-z01'), open((d) => d.unitId === 'unit-z01')]);
    const steward = await get(DEMO.steward);
    expect([value(steward, 'received'), value(steward, 'openNow')]).toEqual([received((d) => d.stewardId === 'u-steward-01'), open((d) => d.stewardId === 'u-steward-01')]);
    const dept = await get(DEMO.department);
    expect(value(dept, 'openNow')).toBe(open((d) => d.departmentId === 'dept-01'));
    const category = await get(DEMO.district, { dimension: 'category', id: '融资' });
    expect(value(category, 'received')).toBe(received((d) => d.category === '融资'));

    const units = dataOf(await t.as(DEMO.district).call('figures.ranking', { of: 'units', period: month }));
    expect(units.rows).toHaveLength((await t.read('units')).length);
    expect(units.rows.filter((r: { rank: number | null }) => r.rank !== null).length).toBeGreaterThan(10);
    const departments = dataOf(await t.as(DEMO.district).call('figures.ranking', { of: 'departments', period: month }));
    expect(departments.rows).toHaveLength((await t.read('departments')).length);
  });
});
