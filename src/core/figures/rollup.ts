import { STOCK_COUNTER_KEYS, type FlowCounters, type StockCounters } from './counters';
import type { Contribution, SliceDimension, SliceValues, StockContribution } from './contributions';
import { monthKeyOf, rollupCover, type Period } from './periods';

/**
 * Rollup rows kept current by writes, so a figure for any period and slice reads a handful of
 * rows instead of the records. Flow rows exist per day and per month for every slice a record
 * belongs to; each write of a record applies `rollupIncrements(before, after)` with `$inc`
 * (upserting missing rows), so the rows always equal the sum of the records' current
 * contributions. A period reads its whole months' rows and its ragged days' rows (`rollupCover`).
 * Stock rows are a daily snapshot per slice written by the morning timer.
 */
export type RollupGrain = 'day' | 'month';

export interface RollupKey {
  grain: RollupGrain;
  /** YYYY-MM-DD for day rows, YYYY-MM for month rows. */
  period: string;
  dimension: SliceDimension;
  /** The unit, steward, department or category id; 'all' for the district. */
  value: string;
  /** On steward rows: the steward's unit, so a unit lists its stewards with one query. */
  unitId?: string;
}

export interface RollupIncrement extends RollupKey {
  _id: string;
  inc: Partial<FlowCounters>;
}

export const DISTRICT_VALUE = 'all';

export const rollupId = (k: Pick<RollupKey, 'grain' | 'period' | 'dimension' | 'value'>) => `${k.grain}|${k.period}|${k.dimension}|${k.value}`;

/** The slice keys one record counts under: always the district, its unit and steward, and its department and category if it has them. */
export const sliceKeys = (s: SliceValues): Array<{ dimension: SliceDimension; value: string; unitId?: string }> => [
  { dimension: 'district', value: DISTRICT_VALUE },
  { dimension: 'unit', value: s.unitId },
  { dimension: 'steward', value: s.stewardId, unitId: s.unitId },
  ...(s.departmentId ? [{ dimension: 'department' as const, value: s.departmentId }] : []),
  ...(s.category ? [{ dimension: 'category' as const, value: s.category }] : []),
];

/**
 * The `$inc` each rollup row needs when a record's contributions change from `before` to
 * `after` (null for a new or deleted record). Rows whose counters cancel out are left out, so an
 * update that changes no figure writes nothing.
 */
export const rollupIncrements = (before: readonly Contribution[] | null, after: readonly Contribution[] | null): RollupIncrement[] => {
  const rows = new Map<string, RollupIncrement>();
  const apply = (items: readonly Contribution[] | null, sign: 1 | -1) => {
    for (const c of items ?? []) {
      for (const grain of ['day', 'month'] as const) {
        const period = grain === 'day' ? c.day : monthKeyOf(c.day);
        for (const key of sliceKeys(c.slices)) {
          const _id = rollupId({ grain, period, ...key });
          const row = rows.get(_id) ?? { _id, grain, period, ...key, inc: {} };
          for (const [k, v] of Object.entries(c.flow) as Array<[keyof FlowCounters, number]>) row.inc[k] = (row.inc[k] ?? 0) + sign * v;
          rows.set(_id, row);
        }
      }
    }
  };
  apply(before, -1);
  apply(after, 1);
  return [...rows.values()]
    .map((row) => ({ ...row, inc: Object.fromEntries(Object.entries(row.inc).filter(([, v]) => v !== 0)) as Partial<FlowCounters> }))
    .filter((row) => Object.keys(row.inc).length > 0);
};

/** The ids of the flow rows that make up one slice value's figures for a period. */
export const rollupIdsFor = (p: Period, dimension: SliceDimension, value: string): string[] => {
  const cover = rollupCover(p);
  return [...cover.months.map((period) => rollupId({ grain: 'month', period, dimension, value })), ...cover.days.map((period) => rollupId({ grain: 'day', period, dimension, value }))];
};

export interface StockRow {
  _id: string;
  day: string;
  dimension: SliceDimension;
  value: string;
  unitId?: string;
  stock: Partial<StockCounters>;
}

/** Folds records' stock parts into one snapshot row per slice for a day (the morning timer's write). */
export const stockRows = (day: string, parts: ReadonlyArray<StockContribution | null>): StockRow[] => {
  const rows = new Map<string, StockRow>();
  for (const part of parts) {
    if (!part) continue;
    for (const key of sliceKeys(part.slices)) {
      const _id = `snapshot|${day}|${key.dimension}|${key.value}`;
      const row = rows.get(_id) ?? { _id, day, ...key, stock: {} };
      for (const k of STOCK_COUNTER_KEYS) if (part.stock[k]) row.stock[k] = (row.stock[k] ?? 0) + part.stock[k]!;
      rows.set(_id, row);
    }
  }
  return [...rows.values()];
};

/** Which day's snapshot stands for a period: its last day, or today while the period is still running. */
export const snapshotDayFor = (p: Period, today: string) => (today < p.to ? today : p.to);
