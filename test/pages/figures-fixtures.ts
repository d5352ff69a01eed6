import type { RankingRow } from '@/core/bulletin/ranking';
import { figuresView, rankingView, trendView } from '@/core/figures/figure-views';
import { RANKING_CHART_TOP, type FiguresView, type RankingView, type SliceView } from '@/core/figures/figures.model';
import { customPeriod, periodContaining, previousPeriod, type Period } from '@/core/figures/periods';

/** Figures views built by the same pure functions the actions answer with. */

export const DISTRICT: SliceView = { dimension: 'district', id: 'all', name: '浦东新区' };

const periodOf = (input: { kind: string; date?: string; from?: string; to?: string }): Period =>
  input.kind === 'custom' ? customPeriod(input.from!, input.to!) : periodContaining(input.kind as 'month', input.date ?? '2026-11-20');

export const figures = (input: { period: { kind: string; date?: string; from?: string; to?: string } }, slice: SliceView = DISTRICT, rated = [3, 2, 1, 1, 0], autoClosed = 2): FiguresView => {
  const period = periodOf(input.period);
  const [very, sat, basic, dis, veryDis] = rated;
  const total = rated.reduce((s, v) => s + v, 0);
  return figuresView({
    slice, period, previousPeriod: previousPeriod(period),
    current: {
      received: 12, resolved: 8, rated: total, satisfiedRate: total ? (very + sat) / total : null, autoClosed,
      rated_verySatisfied: very, rated_satisfied: sat, rated_basicallySatisfied: basic, rated_dissatisfied: dis, rated_veryDissatisfied: veryDis,
    },
    previous: { received: 10, satisfiedRate: 0.5 },
    stockDay: '2026-11-19', previousStockDay: '2026-10-31', autoClosed, closedUnresolved: 0,
  });
};

export const trend = (slice: SliceView = DISTRICT, keys?: string[]) =>
  trendView(slice, ['2026-09', '2026-10', '2026-11'], [
    { received: 9, resolved: 7, enterprises: 11, contacts: 20, onsiteVisits: 4, resolveOnTimeRate: 0.8, satisfiedRate: 0.9, contactCoverageRate: 0.7, visitCoverageRate: 0.5 },
    { received: 14, resolved: 10, enterprises: 11, contacts: 25, onsiteVisits: 6, resolveOnTimeRate: 0.85, satisfiedRate: null, contactCoverageRate: 0.75, visitCoverageRate: 0.6 },
    { received: 12, resolved: 8, enterprises: 11, contacts: 18, onsiteVisits: 3, resolveOnTimeRate: 0.9, satisfiedRate: 0.6, contactCoverageRate: 0.8, visitCoverageRate: 0.65 },
  ], keys);

const full = { resolveOnTimeRate: 0.9, stageOnTimeRate: 0.8, satisfiedRate: 0.95, rated: 20, contactCoverageRate: 0.9, visitCoverageRate: 0.7, contactOnTimeRate: 1 };
const row = (id: string, name: string, f: RankingRow['figures']): RankingRow => ({ id, name, figures: f });

export const unitRanking = () =>
  rankingView('units', periodContaining('month', '2026-11-20'), '2026-11-19', [row('unit-z01', '陆家嘴管理局', full), row('unit-z02', '张江管理局', { ...full, resolveOnTimeRate: 0.6 }), row('unit-t01', '川沙新镇', {})]);

export const departmentRanking = () =>
  rankingView('departments', periodContaining('month', '2026-11-20'), '2026-11-19', [row('dept-01', '区科经委', { ...full, contactOnTimeRate: 0.5 }), row('dept-02', '区税务局', full)]);

/**
 * A unit's steward ranking as figures.ranking answers it: one page of the whole ranking (白丽, 秦超
 * and `more` stewards after them, the last three without data), with the kept ranking's paging.
 */
export const stewardRanking = (input: { page?: number; pageSize?: number } = {}, more = 0, computedAt = '2026-11-20T01:05:00.000Z'): RankingView => {
  const others = Array.from({ length: more }, (_, i) => row(`u-bulk-${i}`, `管家${String(i).padStart(2, '0')}`, i >= more - 3 ? {} : { ...full, satisfiedRate: 0.9 - (0.4 * i) / more }));
  const whole = rankingView('stewards', periodContaining('month', '2026-11-20'), '2026-11-19', [row('u-steward-01', '白丽', full), row('u-steward-02', '秦超', { ...full, satisfiedRate: 0.5 }), ...others], { id: 'unit-z01', name: '陆家嘴管理局' });
  const { page = 1, pageSize = 20 } = input;
  const ranked = whole.rows.filter((r) => r.score != null);
  const top = ranked.slice(0, RANKING_CHART_TOP).map(({ rank, id, name, score, flags }) => ({ rank, id, name, score, flags }));
  return {
    ...whole,
    rows: whole.rows.slice((page - 1) * pageSize, page * pageSize),
    chart: { labels: top.map((r) => r.name), values: top.map((r) => r.score) },
    paging: { page, pageSize, hasMore: page * pageSize < whole.rows.length, total: whole.rows.length, ranked: ranked.length, computedAt, top },
  };
};
