import type { PageResult } from '../../src/core/demand/demand.model';
import type { Database } from '../runtime/cloud-types';
import { fetchPage, type PageRequest } from './paging';
import { repository } from './repository';

/**
 * Training per steward and per unit and year, kept current by the writes that change it (a
 * rollup: the unit and district views and the assessment read these rows, never the records).
 */
export interface TrainingStatsDoc {
  _id: string;
  year: number;
  dimension: 'steward' | 'unit';
  subjectId: string;
  /** On steward rows, their unit: a unit lists its stewards with one query. */
  unitId: string;
  /** Completed in this year. */
  hours: number;
  completed: number;
  /** Required courses assigned in this year, and how many of those are completed (whenever). */
  requiredAssigned: number;
  requiredCompleted: number;
  /** Of those, past due and still open. */
  overdue: number;
}

export type TrainingCounters = Pick<TrainingStatsDoc, 'hours' | 'completed' | 'requiredAssigned' | 'requiredCompleted' | 'overdue'>;
const ZERO: TrainingCounters = { hours: 0, completed: 0, requiredAssigned: 0, requiredCompleted: 0, overdue: 0 };
/** Stewards per batch: keeps each `_.in` list short. */
const BATCH = 100;

const stats = repository('training_stats');

export const statsId = (year: number, dimension: TrainingStatsDoc['dimension'], subjectId: string) => `${year}|${dimension}|${subjectId}`;

type Row = Omit<TrainingStatsDoc, keyof TrainingCounters>;

/**
 * Make sure the rows exist (created at zero), so the increments that follow are plain updates:
 * a row created concurrently by someone else is just as good.
 */
const ensureRows = async (db: Database, rows: Row[]): Promise<void> => {
  const existing = new Set((await stats.all(db, { _id: db.command.in(rows.map((r) => r._id)) })).map((r) => r._id));
  for (const row of rows.filter((r) => !existing.has(r._id))) {
    try {
      await stats.insert(db, { ...row, ...ZERO });
    } catch (error) {
      if (!(await stats.get(db, row._id))) throw error;
    }
  }
};

const incOf = (db: Database, inc: Partial<TrainingCounters>, times = 1) =>
  Object.fromEntries(Object.entries(inc).filter(([, v]) => v).map(([k, v]) => [k, db.command.inc(v! * times)]));

export interface StewardRef {
  userId: string;
  unitId: string;
}

export const trainingStatsRepo = {
  ...stats,

  /** A change in stewards' training counts for each of them and for their units, in one update per batch and unit. */
  bump: async (db: Database, year: number, stewards: readonly StewardRef[], inc: Partial<TrainingCounters>): Promise<void> => {
    if (!Object.values(inc).some((v) => v)) return;
    for (let i = 0; i < stewards.length; i += BATCH) {
      const batch = stewards.slice(i, i + BATCH);
      const perUnit = new Map<string, number>();
      for (const s of batch) perUnit.set(s.unitId, (perUnit.get(s.unitId) ?? 0) + 1);
      const stewardRows = batch.map((s) => ({ _id: statsId(year, 'steward', s.userId), year, dimension: 'steward' as const, subjectId: s.userId, unitId: s.unitId }));
      const unitRows = [...perUnit.keys()].map((unitId) => ({ _id: statsId(year, 'unit', unitId), year, dimension: 'unit' as const, subjectId: unitId, unitId }));
      await ensureRows(db, [...stewardRows, ...unitRows]);
      await stats.updateWhere(db, { _id: db.command.in(stewardRows.map((r) => r._id)) }, incOf(db, inc));
      for (const [unitId, n] of perUnit) await stats.update(db, statsId(year, 'unit', unitId), incOf(db, inc, n));
    }
  },

  /** A unit's steward rows for a year (a unit has tens of stewards). */
  stewardsOf: (db: Database, year: number, unitId: string): Promise<TrainingStatsDoc[]> => stats.all(db, { year, dimension: 'steward', unitId }),

  /** A unit's kept row for a year: the sum of its stewards' counters, bumped with them. */
  ofUnit: (db: Database, year: number, unitId: string): Promise<TrainingStatsDoc | null> => stats.get(db, statsId(year, 'unit', unitId)),

  /**
   * One page of a unit's stewards with required courses overdue, most overdue first, then by id
   * (a stable order to page by): the [year, dimension, unitId, -overdue, _id] index yields the
   * rows in this order, so the page is read, not the unit. (The local cloud orders by the first
   * key only and reads the rows tied on it together: there a page reads up to the end of its last
   * `overdue` group.)
   */
  overduePage: (db: Database, year: number, unitId: string, page: PageRequest): Promise<PageResult<TrainingStatsDoc>> =>
    fetchPage(stats.find(db, { year, dimension: 'steward', unitId, overdue: db.command.gt(0) }).orderBy('overdue', 'desc').orderBy('_id', 'asc'), page, (r) => r),

  /** These stewards' rows for a year by steward id (a page of them: one read by _id); none for one with nothing this year. */
  ofStewards: async (db: Database, year: number, userIds: readonly string[]): Promise<Map<string, TrainingStatsDoc>> => {
    const rows = userIds.length ? await stats.all(db, { _id: db.command.in(userIds.map((id) => statsId(year, 'steward', id))) }) : [];
    return new Map(rows.map((r) => [r.subjectId, r]));
  },

  /** Every row of one dimension for a year, for the district view and the assessment (pages of 1000). */
  ofYear: (db: Database, year: number, dimension: TrainingStatsDoc['dimension']): Promise<TrainingStatsDoc[]> => stats.all(db, { year, dimension }),
};
