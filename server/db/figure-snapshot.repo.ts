import type { SliceDimension } from '../../src/core/figures/contributions';
import type { StockRow } from '../../src/core/figures/rollup';
import type { Database } from '../runtime/cloud-types';
import { sliceWith } from './counter-fields';
import { fetchAll } from './paging';
import { repository } from './repository';

/** One slice's stock counters on one day (src/core/figures/rollup.ts `stockRows`), as the morning timer took them. */
export interface SnapshotDoc extends StockRow {
  takenAt: Date;
}

const snapshots = repository('figure_snapshots');

export const figureSnapshotRepo = {
  ...snapshots,

  /** Write (or write again) a day's rows: a repeated run replaces them, so it is safe to run twice. */
  put: async (db: Database, rows: readonly StockRow[], at: Date): Promise<void> => {
    for (const { _id, ...row } of rows) await snapshots.of(db).doc(_id).set({ data: { ...row, takenAt: at } });
  },

  /** The latest day on or before `day` with a snapshot of the district (null before the first one). */
  latestDay: async (db: Database, day: string): Promise<string | null> =>
    (await snapshots.of(db).where({ dimension: 'district', value: 'all', day: db.command.lte(day) }).orderBy('day', 'desc').limit(1).get()).data[0]?.day ?? null,

  /** The days with a snapshot between two days, both included, in order (a trend's months pick theirs). */
  daysBetween: async (db: Database, from: string, to: string): Promise<string[]> =>
    (await snapshots.of(db).where({ dimension: 'district', value: 'all', day: db.command.and([db.command.gte(from), db.command.lte(to)]) }).orderBy('day', 'asc').field({ day: true }).limit(1000).get()).data.map((s) => s.day),

  byIds: (db: Database, ids: readonly string[]): Promise<SnapshotDoc[]> => (ids.length ? snapshots.all(db, { _id: db.command.in([...ids]) }) : Promise.resolve([])),

  /** Every row of one dimension on a day (each unit; each steward of a unit); with `counters`, only those of its stock. */
  ofDimension: (db: Database, day: string, dimension: SliceDimension, unitId?: string, counters?: readonly string[]): Promise<SnapshotDoc[]> =>
    fetchAll(db, snapshots.of(db), { day, dimension, ...(unitId ? { unitId } : {}) }, counters && sliceWith('stock', counters)),
};

export const snapshotId = (day: string, dimension: SliceDimension, value: string) => `snapshot|${day}|${dimension}|${value}`;
