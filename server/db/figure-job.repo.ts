import type { StockRow } from '../../src/core/figures/rollup';
import type { Database } from '../runtime/cloud-types';
import type { SourceName } from '../figures/figure-sources';
import { repository, type Patch } from './repository';

/** The morning snapshot of a day, taken unit by unit; `nextUnit` is where a run that ran out of time resumes. */
export interface SnapshotJobDoc {
  _id: 'snapshot';
  kind: 'snapshot';
  day: string;
  units: string[];
  nextUnit: number;
  done: boolean;
  startedAt: Date;
  finishedAt?: Date;
}

/** One unit's part of the district, department and category rows of a day's snapshot, summed when every unit is done. */
export interface SnapshotPartDoc {
  _id: string;
  kind: 'snapshot-part';
  day: string;
  unitId: string;
  rows: StockRow[];
}

/** A repair of the rollups: the months still to check (newest first) and, for a full repair, the records still to stamp. */
export interface RepairJobDoc {
  _id: 'repair';
  kind: 'repair';
  status: 'requested' | 'running' | 'done';
  reason: string;
  requestedAt: Date;
  requestedBy: string;
  months: string[];
  /** Set for a full repair: the next source collection and _id to stamp records that were never counted. */
  stamp?: { source: SourceName; after: string } | null;
  checkedRows: number;
  correctedRows: number;
  stampedRecords: number;
  startedAt?: Date;
  finishedAt?: Date;
}

export type FigureJobDoc = SnapshotJobDoc | SnapshotPartDoc | RepairJobDoc;

const jobs = repository('figure_jobs');

export const figureJobRepo = {
  ...jobs,
  snapshot: async (db: Database) => (await jobs.get(db, 'snapshot')) as SnapshotJobDoc | null,
  repair: async (db: Database) => (await jobs.get(db, 'repair')) as RepairJobDoc | null,
  /** Replace a job's state (the runs are one at a time: a timer's runs never overlap, and requests only reset the state). */
  put: async (db: Database, doc: FigureJobDoc): Promise<void> => {
    const { _id, ...fields } = doc;
    await jobs.of(db).doc(_id).set({ data: fields });
  },
  patch: (db: Database, id: string, patch: Patch<RepairJobDoc> | Patch<SnapshotJobDoc>): Promise<number> => jobs.update(db, id, patch as Patch<FigureJobDoc>),
  parts: async (db: Database, day: string): Promise<SnapshotPartDoc[]> =>
    (await jobs.all(db, { kind: 'snapshot-part', day })) as SnapshotPartDoc[],
};
