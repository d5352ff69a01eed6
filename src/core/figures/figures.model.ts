import type { RankedComponent } from '../bulletin/ranking';
import type { RedFlag } from '../bulletin/red-flags';
import type { SliceDimension } from './contributions';
import type { FigureGroup, FigureUnit } from './figure-definition';
import type { PeriodKind } from './periods';

/**
 * What the figures actions answer (`figures.get`, `figures.ranking`, `figures.trend`), shaped for
 * the screens and charts that show them: values with their formatted text and 口径 side by side,
 * and parallel arrays (`labels` + `values`) a chart library takes as its axis and series as is.
 */

/** A reporting period as people read it. */
export interface PeriodView {
  kind: PeriodKind;
  /** YYYY-MM-DD, both ends included (Shanghai dates). */
  from: string;
  to: string;
  /** 2025年11月, 2025年第四季度, 2025年11月17日—11月23日. */
  label: string;
}

/** Whose figures: the district, a unit, a steward, a department or a demand category. */
export interface SliceView {
  dimension: SliceDimension;
  /** 'all' for the district. */
  id: string;
  name: string;
}

export interface FigureView {
  key: string;
  /** 按时办结率. */
  label: string;
  group: FigureGroup;
  unit: FigureUnit;
  better: 'higher' | 'lower' | 'neutral';
  /** Counts as numbers, rates as 0–1, days as working days; null when there is nothing to rate (no denominator) or no snapshot. */
  value: number | null;
  /** The value as it reads: 96.2%, 1,234 件, 3.5 个工作日, —. */
  text: string;
  previous: number | null;
  previousText: string;
  /** Against the previous period: 上升 1.3 个百分点, 减少 10 件; null when either side is missing. */
  change: { delta: number; text: string; direction: 'up' | 'down' | 'flat' } | null;
  /** The 口径: how the figure is counted, shown beside it. */
  definition: string;
}

export interface FiguresView {
  slice: SliceView;
  period: PeriodView;
  previousPeriod: PeriodView;
  /** The snapshot day the stock figures (coverage, open and overdue now, …) are taken from; null before the first snapshot. */
  stockDay: string | null;
  previousStockDay: string | null;
  /** Every figure of the catalogue, in its order. */
  figures: FigureView[];
  /** The catalogue's groups in order, each with its figure keys (the sections of a figures page). */
  groups: Array<{ group: FigureGroup; label: string; keys: string[] }>;
  /** The 5-level satisfaction distribution of first ratings, for a bar or pie chart; auto-closed and closed as unresolved beside it, never among them. */
  satisfaction: { labels: string[]; values: number[]; autoClosed: number; closedUnresolved: number };
}

export type RankingOf = 'units' | 'stewards' | 'departments';

export interface RankingRowView {
  /** 1-based; equal scores share a rank; null when not ranked for lack of data. */
  rank: number | null;
  id: string;
  name: string;
  /** 0–100, one decimal; null when not ranked. */
  score: number | null;
  components: RankedComponent[];
  /** Red flags raised by this row's figures (bulletin rules), most serious first. */
  flags: RedFlag[];
  /** The figures the ranking and the flags read, by key (rates 0–1). */
  figures: Record<string, number | null>;
}

/** A ranking row without its score's breakdown: what a page lists (the exports print the breakdown). */
export type RankingLine = Pick<RankingRowView, 'rank' | 'id' | 'name' | 'score' | 'flags'>;

export interface RankingView<Row extends RankingLine = RankingRowView> {
  of: RankingOf;
  /** For stewards: the unit they belong to. */
  unit?: { id: string; name: string };
  period: PeriodView;
  stockDay: string | null;
  /** The ranking's 口径 and the red flags' 口径, as the bulletin prints them. */
  definition: string;
  flagDefinition: string;
  /** Best first; unranked rows last in name order. */
  rows: Row[];
  /** For a bar chart: names and scores in rank order (a unit's stewards: the first RANKING_CHART_TOP). */
  chart: { labels: string[]; values: Array<number | null> };
  /** A unit's stewards only: `rows` is one page of the ranking as kept. */
  paging?: RankingPaging;
}

/** A unit's steward ranking has hundreds of rows at ten times scale: the chart shows the first this many. */
export const RANKING_CHART_TOP = 20;

/**
 * A unit's steward ranking is kept (recomputed hourly, or on demand when asked for another period
 * or found older than two hours) and read a page at a time.
 */
export interface RankingPaging {
  page: number;
  pageSize: number;
  hasMore: boolean;
  /** Rows in the whole ranking, ranked or not. */
  total: number;
  ranked: number;
  /** When the kept ranking was computed (ISO). */
  computedAt: string;
  /** The first RANKING_CHART_TOP ranked rows, for the chart. */
  top: RankingLine[];
}

export interface TrendSeries {
  key: string;
  label: string;
  unit: FigureUnit;
  /** One value per month, in the order of `months` (rates 0–1). */
  values: Array<number | null>;
  definition: string;
}

export interface TrendView {
  slice: SliceView;
  /** YYYY-MM, oldest first; the last is the current month so far. */
  months: string[];
  /** 1月, 2月, … (with the year where it changes: 2025年12月, 2026年1月). */
  labels: string[];
  series: TrendSeries[];
}

/** A group of open demands that ask about the same thing (`demand.similarGroups`). */
export interface SimilarGroupView {
  id: string;
  /** Open demands in the group. */
  size: number;
  /** Phrases most of them share, e.g. 研发费用补贴. */
  terms: string[];
  /** A few members (up to 5), newest first. */
  demands: Array<{ id: string; title: string; enterpriseName: string; unitId: string; status: string; createdAt: string }>;
  updatedAt: string;
  /** The district's last answer to the group, and how many members have it. */
  reply?: { text: string; at: string; byName: string; count: number };
}

/** What one call of `demand.replyToGroup` did: members answered now, open members still to answer (call again). */
export interface GroupReplyResult {
  replied: number;
  remaining: number;
}

/** Where a rebuild of the rollups stands (`figures.repair`, `figures.repairStatus`). */
export interface RepairStatusView {
  status: 'requested' | 'running' | 'done';
  reason: string;
  /** Months still to check, newest first (YYYY-MM). */
  monthsLeft: string[];
  /** Still counting records never counted before (a full rebuild). */
  stamping: boolean;
  checkedRows: number;
  correctedRows: number;
  stampedRecords: number;
  requestedAt: string;
  finishedAt?: string;
}
