import type { RunStatus } from '../../src/core/assessment/assessment.model';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/**
 * A year's assessment (年考核): which scheme version it applies, the units still to score (worked
 * through in batches that resume where the last one stopped), and its publication.
 */
export interface AssessmentRunDoc {
  /** The year, as text: one assessment a year. */
  _id: string;
  year: number;
  status: RunStatus;
  schemeVersion: number;
  schemeName: string;
  /** Every unit to score, in order; `cursor` is how many are done. Advanced only from the value read. */
  unitIds: string[];
  cursor: number;
  startedAt: Date;
  startedBy: string;
  computedAt?: Date;
  publishedAt?: Date;
  publishedBy?: string;
  rectifyUnitIds: string[];
  rectifyDueWorkingDays?: number;
  selectionPublishedAt?: Date;
}

const runs = repository('assessment_runs');

export const runId = (year: number) => String(year);

export const assessmentRunRepo = {
  ...runs,

  ofYear: (db: Database, year: number): Promise<AssessmentRunDoc | null> => runs.get(db, runId(year)),

  /** Inserts a new run; false when one for the year exists already. */
  start: async (db: Database, doc: AssessmentRunDoc): Promise<boolean> => {
    try {
      await runs.insert(db, doc);
      return true;
    } catch (error) {
      if (await runs.get(db, doc._id)) return false;
      throw error;
    }
  },

  /** Moves the cursor past one unit, only from where it was read: a concurrent batch that did the same unit wrote the same results. */
  advance: async (db: Database, run: AssessmentRunDoc, now: Date): Promise<boolean> => {
    const cursor = run.cursor + 1;
    const done = cursor >= run.unitIds.length;
    return (await runs.updateWhere(db, { _id: run._id, status: 'running', cursor: run.cursor }, { cursor, ...(done ? { status: 'computed', computedAt: now } : {}) })) === 1;
  },
};
