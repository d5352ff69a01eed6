import type { FlowCounters } from '../../src/core/figures/counters';
import type { SliceDimension } from '../../src/core/figures/contributions';
import type { RollupGrain, RollupIncrement, RollupKey } from '../../src/core/figures/rollup';
import type { Database } from '../runtime/cloud-types';
import { CHUNK, chunksOf } from './chunks';
import { isDuplicateKey } from './duplicate-key';
import { sliceWith } from './counter-fields';
import { fetchAll } from './paging';
import { repository } from './repository';

/** One rollup row: a slice's flow counters for a day or a month (src/core/figures/rollup.ts). */
export interface RollupDoc extends RollupKey {
  _id: string;
  flow: Partial<FlowCounters>;
  updatedAt: Date;
}

const rollups = repository('figure_rollups');


/** The same increments go out in one update: a write usually moves the same counters on all its rows. */
const byIncrement = (rows: readonly RollupIncrement[]): RollupIncrement[][] => {
  const groups = new Map<string, RollupIncrement[]>();
  for (const row of rows) {
    const key = JSON.stringify(Object.entries(row.inc).sort(([a], [b]) => (a < b ? -1 : 1)));
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()];
};


export const figureRollupRepo = {
  ...rollups,

  /**
   * Add increments to their rows, creating the rows that do not exist yet. Race-free without
   * upserts: a missing row is inserted with its increment as its value, and an insert that finds
   * the row created meanwhile (duplicate _id) falls back to `$inc`; rows that exist get `$inc`,
   * which the database applies atomically. No increment is applied twice or lost.
   */
  applyIncrements: async (db: Database, rows: readonly RollupIncrement[], at: Date): Promise<void> => {
    const _ = db.command;
    for (const batch of chunksOf(rows)) {
      const existing = new Set((await rollups.of(db).where({ _id: _.in(batch.map((r) => r._id)) }).field({ _id: true }).limit(CHUNK).get()).data.map((r) => r._id));
      const toInc = batch.filter((r) => existing.has(r._id));
      for (const row of batch.filter((r) => !existing.has(r._id))) {
        const { inc, ...key } = row;
        try {
          await rollups.insert(db, { ...key, flow: inc, updatedAt: at });
        } catch (error) {
          if (!isDuplicateKey(error)) throw error;
          toInc.push(row);
        }
      }
      for (const group of byIncrement(toInc)) {
        const flow = Object.fromEntries(Object.entries(group[0].inc).map(([k, v]) => [k, _.inc(v!)]));
        await rollups.updateWhere(db, { _id: _.in(group.map((r) => r._id)) }, { flow, updatedAt: at });
      }
    }
  },

  /** Rows by id (the ids of a slice's period come from `rollupIdsFor`). */
  byIds: async (db: Database, ids: readonly string[]): Promise<RollupDoc[]> =>
    (await Promise.all(chunksOf(ids).map((batch) => rollups.all(db, { _id: db.command.in(batch) })))).flat(),

  /**
   * Every row of one dimension (each unit, each steward of a unit, …) for the given periods of one
   * grain; with `counters`, each row's slice and only those of its flow counters.
   */
  ofDimension: async (db: Database, dimension: SliceDimension, grain: RollupGrain, periods: readonly string[], unitId?: string, counters?: readonly string[]): Promise<RollupDoc[]> => {
    if (periods.length === 0) return [];
    const filter = { ...(unitId ? { unitId } : {}), dimension, grain, period: periods.length === 1 ? periods[0] : db.command.in([...periods]) };
    return fetchAll(db, rollups.of(db), filter, counters && sliceWith('flow', counters));
  },

  /**
   * One page of the rows whose id starts with a prefix (all day rows of a month: "day|2025-11-"),
   * after a cursor id: the repair job's walk, on the primary key.
   */
  pageByPrefix: async (db: Database, prefix: string, after: string | null, size: number): Promise<RollupDoc[]> => {
    const _ = db.command;
    const _id = _.and([_.gt(after ?? prefix), _.lt(`${prefix}\uffff`)]);
    return (await rollups.of(db).where({ _id }).orderBy('_id', 'asc').limit(size).get()).data;
  },
};
