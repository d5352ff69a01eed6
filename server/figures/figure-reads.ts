import { sumFlows, sumStocks, type FlowCounters, type StockCounters } from '../../src/core/figures/counters';
import type { SliceDimension } from '../../src/core/figures/contributions';
import { periodContaining, rollupCover, type Period } from '../../src/core/figures/periods';
import { rollupIdsFor, snapshotDayFor } from '../../src/core/figures/rollup';
import type { Database } from '../runtime/cloud-types';
import { figureRollupRepo } from '../db/figure-rollup.repo';
import { figureSnapshotRepo, snapshotId } from '../db/figure-snapshot.repo';

/**
 * The counters behind the figures, read from the rollups (flows: a period's month and day rows)
 * and the snapshots (stock: the latest snapshot on or before the period's last day). A few rows
 * per slice and period, never the records.
 */

export interface PeriodCounters {
  flow: FlowCounters;
  /** Null when no snapshot was taken on or before the period's end. */
  stock: StockCounters | null;
  stockDay: string | null;
}

/** The snapshot day that stands for a period: its last day (today while it runs), or the latest one before when that day has none. */
const stockDayFor = (db: Database, p: Period, today: string) => figureSnapshotRepo.latestDay(db, snapshotDayFor(p, today));

const flowsById = (rows: ReadonlyArray<{ _id: string; flow: Partial<FlowCounters> }>) => new Map(rows.map((r) => [r._id, r.flow]));

/** A period's flow for one slice: the sum of its rollup rows (its month and day rows), by id. */
const periodFlow = (flows: ReadonlyMap<string, Partial<FlowCounters>>, p: Period, dimension: SliceDimension, value: string): FlowCounters =>
  sumFlows(rollupIdsFor(p, dimension, value).map((id) => flows.get(id)));

/** One slice's flow counters for a period, without its stock (one read). */
export const sliceFlow = async (db: Database, p: Period, dimension: SliceDimension, value: string): Promise<FlowCounters> =>
  periodFlow(flowsById(await figureRollupRepo.byIds(db, rollupIdsFor(p, dimension, value))), p, dimension, value);

/** One slice's counters for several periods (the current and the previous one) in one read of each kind. */
export const sliceCounters = async (db: Database, periods: readonly Period[], dimension: SliceDimension, value: string, today: string): Promise<PeriodCounters[]> => {
  const [rows, days] = await Promise.all([
    figureRollupRepo.byIds(db, periods.flatMap((p) => rollupIdsFor(p, dimension, value))),
    Promise.all(periods.map((p) => stockDayFor(db, p, today))),
  ]);
  const flows = flowsById(rows);
  const snapshots = new Map((await figureSnapshotRepo.byIds(db, days.filter((d): d is string => !!d).map((d) => snapshotId(d, dimension, value)))).map((s) => [s.day, s.stock]));
  return periods.map((p, i) => ({
    flow: periodFlow(flows, p, dimension, value),
    stock: days[i] ? sumStocks([snapshots.get(days[i]!)]) : null,
    stockDay: days[i],
  }));
};

type DimensionCounters = { bySlice: Map<string, Omit<PeriodCounters, 'stockDay'>>; stockDay: string | null };

/** A dimension's rows for one period, folded by a key of each row (its slice id, or its unit and slice id). */
const foldDimension = async (db: Database, p: Period, dimension: SliceDimension, today: string, unitId: string | undefined, keyOf: (row: { value: string; unitId?: string }) => string, only?: CounterKeys): Promise<DimensionCounters> => {
  const cover = rollupCover(p);
  const [months, days, stockDay] = await Promise.all([
    figureRollupRepo.ofDimension(db, dimension, 'month', cover.months, unitId, only?.flow),
    figureRollupRepo.ofDimension(db, dimension, 'day', cover.days, unitId, only?.flow),
    stockDayFor(db, p, today),
  ]);
  const snapshots = stockDay ? await figureSnapshotRepo.ofDimension(db, stockDay, dimension, unitId, only?.stock) : [];
  const flows = new Map<string, Array<Partial<FlowCounters>>>();
  for (const row of [...months, ...days]) flows.set(keyOf(row), [...(flows.get(keyOf(row)) ?? []), row.flow]);
  const stocks = new Map(snapshots.map((s) => [keyOf(s), s.stock]));
  const bySlice = new Map([...new Set([...flows.keys(), ...stocks.keys()])].map((key) => [key, { flow: sumFlows(flows.get(key) ?? []), stock: stockDay ? sumStocks([stocks.get(key)]) : null }]));
  return { bySlice, stockDay };
};

/** Which counters to read (`countersOf` the figures wanted); every counter when left out. */
type CounterKeys = { flow: readonly string[]; stock: readonly string[] };

/** Every slice of a dimension (each unit; each steward of one unit; each department) for one period, by slice id. */
export const dimensionCounters = (db: Database, p: Period, dimension: SliceDimension, today: string, unitId?: string, only?: CounterKeys): Promise<DimensionCounters> =>
  foldDimension(db, p, dimension, today, unitId, (row) => row.value, only);

/**
 * Every steward of the district for one period, by unit and steward (`unitId|stewardId`): the
 * monthly bulletin ranks each unit's stewards from one read of the district's steward rows
 * (paged by 1000) instead of three reads per unit.
 */
export const stewardCountersByUnit = (db: Database, p: Period, today: string, only?: CounterKeys): Promise<DimensionCounters> =>
  foldDimension(db, p, 'steward', today, undefined, (row) => `${row.unitId ?? ''}|${row.value}`, only);

/** A slice's counters month by month (the trend): the month rows, and each month's latest snapshot. */
export const monthlyCounters = async (db: Database, months: readonly string[], dimension: SliceDimension, value: string, today: string): Promise<Array<Omit<PeriodCounters, 'stockDay'>>> => {
  const periods = months.map((m) => periodContaining('month', `${m}-01`));
  const ends = periods.map((p) => snapshotDayFor(p, today));
  const [rows, days] = await Promise.all([
    figureRollupRepo.byIds(db, periods.flatMap((p) => rollupIdsFor(p, dimension, value))),
    figureSnapshotRepo.daysBetween(db, periods[0].from, ends[ends.length - 1]),
  ]);
  const flows = flowsById(rows);
  const stockDays = ends.map((end, i) => days.filter((d) => d >= periods[i].from && d <= end).pop() ?? null);
  const stocks = new Map((await figureSnapshotRepo.byIds(db, stockDays.filter((d): d is string => !!d).map((d) => snapshotId(d, dimension, value)))).map((s) => [s.day, s.stock]));
  return periods.map((p, i) => ({ flow: periodFlow(flows, p, dimension, value), stock: stockDays[i] ? sumStocks([stocks.get(stockDays[i]!)]) : null }));
};
