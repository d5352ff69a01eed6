/**
 * A unit's steward ranking is kept (steward_rankings, rows in chunks): figures.ranking reads a
 * page of it. These check that the kept pages are the ranking itself, that the hourly timer and
 * on-demand computation keep it current, and that a slower computation never replaces a newer one.
 */
import { periodContaining, customPeriod, type Period } from '@/core/figures/periods';
import { shanghaiDate } from '@/core/time/shanghai';
import { keepStewardRanking } from '../../server/figures/kept-rankings';
import { stewardRanking } from '../../server/figures/ranking-rows';
import { keepStewardRankings, STEWARD_RANKINGS_CURSOR } from '../../server/jobs/keep-steward-rankings.job';
import { asDatabase } from '../../server/runtime/cloud-types';
import { DEMO, dataOf, openTestCloud, type TestCloud } from '../support/test-cloud';

jest.setTimeout(60_000);

const UNIT = { id: 'unit-z01', name: '' };
const month = { kind: 'month' } as const;
type Row = { rank: number | null; id: string; name: string; score: number | null; figures: Record<string, number | null> };

let t: TestCloud;
const db = () => asDatabase(t.cloud.database());
const run = <T>(work: () => Promise<T>) => t.cloud.run(work);
const today = () => shanghaiDate(new Date());
const fresh = (period: Period = periodContaining('month', today())) => run(() => stewardRanking(db(), period, UNIT, today()));
const ranking = async (input: object = {}, openid: string = DEMO.unitAdmin) => dataOf(await t.as(openid).call('figures.ranking', { of: 'stewards', period: month, ...input }));

/** Every page of the ranking, pageSize rows at a time, to the end. */
const allPages = async (pageSize: number, input: object = {}): Promise<{ rows: Row[]; computedAt: string[] }> => {
  const rows: Row[] = [];
  const computedAt: string[] = [];
  for (let page = 1; ; page++) {
    const view = await ranking({ ...input, page, pageSize });
    rows.push(...view.rows);
    computedAt.push(view.paging.computedAt);
    if (!view.paging.hasMore) return { rows, computedAt };
  }
};
const line = (r: Row) => `${r.rank} ${r.id} ${r.score}`;
const header = async (period: Period) => (await t.read('steward_rankings', { _id: `unit-z01|${period.kind}|${period.from}|${period.to}` }))[0];
/** ent-001 rates its resolved demand badly: steward-01's ratings and bad reviews change this month. */
const rateBadly = async () => {
  const { version } = dataOf(await t.as(DEMO.enterprise).call('demand.get', { id: 'dem-0001' }));
  return t.as(DEMO.enterprise).call('demand.rate', { id: 'dem-0001', version, resolved: '未解决', satisfaction: '不满意' });
};
const figuresOf = (rows: Row[], id = 'u-steward-01') => rows.find((r) => r.id === id)!.figures;

beforeEach(async () => {
  t = openTestCloud();
  // 110 more stewards in unit-z01 without figures: the ranking spans three chunks of 50.
  const [template] = await t.read('users', { _id: 'u-steward-01' });
  t.cloud.engine.insertMany('users', Array.from({ length: 110 }, (_, i) => ({ ...template, _id: `bulk-steward-${String(i).padStart(3, '0')}`, openid: `bulk-steward-${i}`, name: `批量管家${i}` })));
  UNIT.name = (await t.read('units', { _id: 'unit-z01' }))[0].name;
  await t.cloud.fireTimer('cron', 'hourly');
});
afterEach(() => t.close());

it('reads the hourly kept ranking a page at a time: the pages, read to the end, are the ranking computed now', async () => {
  const expected = (await fresh()).rows as Row[];
  expect(expected.length).toBeGreaterThan(110);
  expect(expected.filter((r) => r.score != null).length).toBeGreaterThan(1);
  const kept = await header(periodContaining('month', today()));
  const { rows, computedAt } = await allPages(7);
  expect(rows.map(line)).toEqual(expected.map(line));
  expect(rows.map((r) => r.figures)).toEqual(expected.map((r) => r.figures));
  // Every page came from the timer's computation, none computed again.
  expect(new Set(computedAt)).toEqual(new Set([kept.computedAt.toISOString()]));
  const first = await ranking({ pageSize: 20 });
  const top = expected.filter((r) => r.score != null).slice(0, 20);
  expect(first.chart).toEqual({ labels: top.map((r) => r.name), values: top.map((r) => r.score) });
  expect(first.paging).toMatchObject({ page: 1, pageSize: 20, hasMore: true, total: expected.length, ranked: expected.filter((r) => r.score != null).length });
  expect(first.unit).toEqual(UNIT);
  // The timer keeps the current month of every unit.
  const units = (await t.read('units')).length;
  expect(await t.read('steward_rankings', { 'period.kind': 'month' })).toHaveLength(units);
  expect(await t.read('steward_rankings')).toHaveLength(units);
});

it('shows a write in the kept ranking after the next hourly run, not before', async () => {
  const before = figuresOf((await allPages(50)).rows);
  dataOf(await rateBadly());
  const after = figuresOf((await fresh()).rows as Row[]);
  expect(after).not.toEqual(before);
  expect(figuresOf((await allPages(50)).rows)).toEqual(before);
  // The next hour's run (its pass of this hour is done: the cursor says so).
  await run(() => db().collection('job_cursors').doc(STEWARD_RANKINGS_CURSOR).remove());
  await t.cloud.fireTimer('cron', 'hourly');
  expect(figuresOf((await allPages(50)).rows)).toEqual(after);
});

it('computes a custom period when asked and keeps it; a stale kept ranking is computed again', async () => {
  const period = customPeriod(shanghaiDate(new Date(Date.now() - 20 * 86_400_000)), today());
  expect(await header(period)).toBeUndefined();
  const input = { period: { kind: 'custom', from: period.from, to: period.to } };
  const { rows, computedAt } = await allPages(30, input);
  expect(rows.map(line)).toEqual(((await fresh(period)).rows as Row[]).map(line));
  const kept = await header(period);
  expect(kept).toMatchObject({ total: rows.length, period: { kind: 'custom', from: period.from, to: period.to } });
  expect(new Set(computedAt)).toEqual(new Set([kept.computedAt.toISOString()]));

  // Three hours old, and the figures changed meanwhile: the next read computes it again.
  const monthNow = periodContaining('month', today());
  const old = new Date(Date.now() - 3 * 3_600_000);
  await run(() => db().collection('steward_rankings').doc(`unit-z01|month|${monthNow.from}|${monthNow.to}`).update({ data: { computedAt: old } }));
  dataOf(await rateBadly());
  const view = await ranking({ pageSize: 50 });
  expect(Date.parse(view.paging.computedAt)).toBeGreaterThan(Date.now() - 60_000);
  expect(figuresOf((await allPages(50)).rows)).toEqual(figuresOf((await fresh()).rows as Row[]));
});

it('keeps the newer of two computations, whichever finishes last', async () => {
  const period = periodContaining('month', today());
  const slower = performance.timeOrigin + performance.now();
  const newer = await run(() => keepStewardRanking(db(), UNIT, period, new Date()));
  dataOf(await rateBadly());
  // Begun before the newer one, finished after it (and on other figures): it must not replace it.
  const late = await run(() => keepStewardRanking(db(), UNIT, period, new Date(), slower));
  expect(late).toMatchObject({ countedFrom: newer.countedFrom, version: newer.version });
  expect(await header(period)).toMatchObject({ countedFrom: newer.countedFrom, version: newer.version });
  expect((await t.read('steward_ranking_chunks', { rankingId: newer._id })).map((c: { version: number }) => c.version)).not.toContain(slower);
  expect(figuresOf((await allPages(50)).rows)).not.toEqual(figuresOf((await fresh()).rows as Row[]));
});

it('refuses another unit’s ranking and bad paging, with stable codes and Chinese messages', async () => {
  expect(await t.as(DEMO.otherUnitAdmin).call('figures.ranking', { of: 'stewards', unitId: 'unit-z01', period: month })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await t.as(DEMO.steward).call('figures.ranking', { of: 'stewards', period: month })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await t.as(DEMO.unitAdmin).call('figures.ranking', { of: 'stewards', period: month, pageSize: 0 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: '填写的内容有误：每页条数应为 1–50' } });
  expect(await t.as(DEMO.unitAdmin).call('figures.ranking', { of: 'stewards', period: month, page: 1.5 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: '填写的内容有误：页码有误' } });
  // The district reads any unit's.
  expect((await ranking({ unitId: 'unit-z01' }, DEMO.district)).paging.total).toBeGreaterThan(110);
});

it('continues a pass cut short from its saved unit, and does not start another within the hour', async () => {
  await run(() => db().collection('job_cursors').doc(STEWARD_RANKINGS_CURSOR).remove());
  await run(() => db().collection('steward_rankings').where({ unitId: db().command.exists(true) }).remove());
  const units = ((await t.read('units')) as Array<{ _id: string }>).map((u) => u._id).sort();
  const now = new Date();
  const jobRun = (timeUp: () => boolean) => run(() => keepStewardRankings({ db: db(), now, messages: undefined as never, timeUp }));
  expect(await jobRun(() => true)).toMatchObject({ done: false });
  const kept = async () => [...new Set(((await t.read('steward_rankings')) as Array<{ unitId: string }>).map((r) => r.unitId))].sort();
  expect(await kept()).toEqual(units.slice(0, 4));
  const firstBatch = await t.read('steward_rankings');
  expect(await jobRun(() => true)).toMatchObject({ done: false });
  expect(await kept()).toEqual(units.slice(0, 8));
  // The first batch was not computed again.
  expect(await t.read('steward_rankings', { unitId: db().command.in(units.slice(0, 4)) })).toEqual(firstBatch);
  expect(await jobRun(() => false)).toMatchObject({ done: true });
  expect(await kept()).toEqual(units);
  const all = await t.read('steward_rankings');
  expect(await jobRun(() => false)).toEqual({ changed: 0, done: true });
  expect(await t.read('steward_rankings')).toEqual(all);
});
