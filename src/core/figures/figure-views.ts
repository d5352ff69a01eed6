import { DEFAULT_RANKING, rankRows, type RankingRow } from '../bulletin/ranking';
import { RED_FLAG_DEFINITION, RED_FLAG_RULES, redFlags } from '../bulletin/red-flags';
import { SATISFACTION_LEVELS } from '../demand/satisfaction';
import { emptyStock, LEVEL_KEYS, STOCK_COUNTER_KEYS, type FlowCounters, type StockCounters } from './counters';
import { countersOf, deriveFigures, FIGURES, figure, figureChange, formatFigure, type FigureValues } from './figure-catalogue';
import { evidenceKeys, FIGURE_GROUP_LABELS, FIGURE_GROUPS } from './figure-definition';
import type { FiguresView, PeriodView, RankingOf, RankingView, SliceView, TrendView } from './figures.model';
import { periodLabel, type Period } from './periods';

/** From counters to what the figures actions answer: pure, so the bulletin and the app can build the same views. */

export const periodView = (p: Period): PeriodView => ({ kind: p.kind, from: p.from, to: p.to, label: periodLabel(p) });

const STOCK_KEYS = new Set<string>(STOCK_COUNTER_KEYS);
const STOCK_FIGURES = FIGURES.filter((f) => evidenceKeys(f).some((k) => STOCK_KEYS.has(k))).map((f) => f.key);

/**
 * A period's figures (all, or the named ones) from its summed flows and its snapshot; without a
 * snapshot the figures that need one are null, not zero.
 */
export const figureValues = (flow: FlowCounters, stock: StockCounters | null, keys?: readonly string[]): FigureValues => {
  const values = deriveFigures({ flow, stock: stock ?? emptyStock() }, keys);
  if (!stock) for (const key of STOCK_FIGURES) if (key in values) values[key] = null;
  return values;
};

export interface FiguresViewInput {
  slice: SliceView;
  period: Period;
  previousPeriod: Period;
  current: FigureValues;
  previous: FigureValues;
  stockDay: string | null;
  previousStockDay: string | null;
  autoClosed: number;
  closedUnresolved: number;
}

export const figuresView = (i: FiguresViewInput): FiguresView => ({
  slice: i.slice,
  period: periodView(i.period),
  previousPeriod: periodView(i.previousPeriod),
  stockDay: i.stockDay,
  previousStockDay: i.previousStockDay,
  figures: FIGURES.map((f) => ({
    key: f.key, label: f.label, group: f.group, unit: f.unit, better: f.better,
    value: i.current[f.key] ?? null, text: formatFigure(f.key, i.current[f.key]),
    previous: i.previous[f.key] ?? null, previousText: formatFigure(f.key, i.previous[f.key]),
    change: figureChange(f.key, i.current[f.key], i.previous[f.key]),
    definition: f.definition,
  })),
  groups: FIGURE_GROUPS.map((group) => ({ group, label: FIGURE_GROUP_LABELS[group], keys: FIGURES.filter((f) => f.group === group).map((f) => f.key) })).filter((g) => g.keys.length > 0),
  satisfaction: { labels: [...SATISFACTION_LEVELS], values: LEVEL_KEYS.map((l) => i.current[`rated_${l}`] ?? 0), autoClosed: i.autoClosed, closedUnresolved: i.closedUnresolved },
});

/** The figures a ranking row shows: the ranking's components, their samples, the departments' contact rate (charted beside their resolve rate) and the red flags' figures. */
/** The figures a ranking row carries: its score's components and samples, and those its red flags read. */
export const RANKING_FIGURES = [...new Set([...DEFAULT_RANKING.components.flatMap((c) => [c.figure, ...(c.minSample ? [c.minSample.figure] : [])]), 'contactOnTimeRate', ...RED_FLAG_RULES.map((r) => r.figure)])];
/** The rollup counters those figures are computed from: all a ranking needs to read. */
export const RANKING_COUNTERS = countersOf(RANKING_FIGURES);

export const rankingView = (of: RankingOf, period: Period, stockDay: string | null, rows: readonly RankingRow[], unit?: { id: string; name: string }): RankingView => {
  const ranked = rankRows(rows);
  const byId = new Map(rows.map((r) => [r.id, r.figures]));
  return {
    of,
    ...(unit ? { unit } : {}),
    period: periodView(period),
    stockDay,
    definition: DEFAULT_RANKING.definition,
    flagDefinition: RED_FLAG_DEFINITION,
    rows: ranked.map((r) => {
      const figures = byId.get(r.id)!;
      const flags = redFlags(figures).sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'serious' ? -1 : 1));
      return { rank: r.rank, id: r.id, name: r.name, score: r.score, components: r.components, flags, figures: Object.fromEntries(RANKING_FIGURES.map((k) => [k, figures[k] ?? null])) };
    }),
    chart: { labels: ranked.map((r) => r.name), values: ranked.map((r) => r.score) },
  };
};

/** The default series of a trend chart. */
export const DEFAULT_TREND_FIGURES = ['received', 'resolved', 'resolveOnTimeRate', 'satisfiedRate', 'contactCoverageRate', 'overdueNow'];

const monthLabel = (month: string, i: number) => {
  const [y, m] = month.split('-').map(Number);
  return i === 0 || m === 1 ? `${y}年${m}月` : `${m}月`;
};

export const trendView = (slice: SliceView, months: readonly string[], values: readonly FigureValues[], keys: readonly string[] = DEFAULT_TREND_FIGURES): TrendView => ({
  slice,
  months: [...months],
  labels: months.map(monthLabel),
  series: keys.map((key) => {
    const f = figure(key);
    return { key, label: f.label, unit: f.unit, values: values.map((v) => v[key] ?? null), definition: f.definition };
  }),
});
