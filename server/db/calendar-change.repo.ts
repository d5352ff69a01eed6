import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/**
 * A change to the working-day calendar. Open deadlines are computed again after it, in batches:
 * `cursor` is the last demand id done, so a run that stops (time budget, a timeout) resumes there.
 */
export interface CalendarChangeDoc {
  _id: string;
  at: Date;
  by: string;
  /** What changed, in words for the timeline note, e.g. “录入2027年国务院节假日安排”. */
  summary: string;
  status: 'pending' | 'done' | 'superseded';
  cursor: string;
  demandsMoved: number;
  tasksMoved: number;
  finishedAt?: Date;
}

const changes = repository('calendar_changes');

export const calendarChangeRepo = {
  ...changes,

  /** A newer change supersedes the pending ones: its pass reads the calendar as it now is. */
  queue: async (db: Database, doc: CalendarChangeDoc): Promise<void> => {
    await changes.updateWhere(db, { status: 'pending' }, { status: 'superseded', finishedAt: doc.at });
    await changes.insert(db, doc);
  },

  /** The oldest pending change (normally the only one). */
  nextPending: async (db: Database): Promise<CalendarChangeDoc | null> =>
    (await changes.of(db).where({ status: 'pending' }).orderBy('at', 'asc').limit(1).get()).data[0] ?? null,

  /** Move the cursor on, conditional on where it was: of two runs on one change, one goes on. */
  advance: async (db: Database, change: Pick<CalendarChangeDoc, '_id' | 'cursor'>, cursor: string, moved: number): Promise<boolean> =>
    (await changes.updateWhere(db, { _id: change._id, status: 'pending', cursor: change.cursor }, { cursor, demandsMoved: db.command.inc(moved) })) === 1,

  finish: async (db: Database, id: string, tasksMoved: number, at: Date): Promise<void> => {
    await changes.updateWhere(db, { _id: id, status: 'pending' }, { status: 'done', tasksMoved, finishedAt: at });
  },
};
