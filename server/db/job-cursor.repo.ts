import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/**
 * Where a timer job that works through a list in order (the morning reminders, steward by steward;
 * the nightly repair, collection by collection) has got to: saved after every batch, so a run cut
 * short by the platform's time limit or by its own budget is continued by the next run.
 */
export interface JobCursorDoc {
  /** `<job>` or `<job>:<the day or pass it belongs to>`. */
  _id: string;
  /** What part of the job is under way, e.g. 'stewards', 'units', 'done' (job-specific). */
  stage: string;
  /** The last key handled in this stage (the next batch starts after it). */
  after: string;
  updatedAt: Date;
}

const cursors = repository('job_cursors');

export const jobCursorRepo = {
  read: (db: Database, id: string): Promise<JobCursorDoc | null> => cursors.get(db, id),

  /** Save (or first create) the cursor; the last write wins, as only one run works a day's list at a time. */
  save: async (db: Database, id: string, stage: string, after: string, now: Date): Promise<void> => {
    if ((await cursors.update(db, id, { stage, after, updatedAt: now })) === 0) {
      await cursors.insert(db, { _id: id, stage, after, updatedAt: now }).catch(() => cursors.update(db, id, { stage, after, updatedAt: now }));
    }
  },
};
