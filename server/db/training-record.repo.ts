import type { CourseKind, TrainingSource, TrainingStatus } from '../../src/core/training/training.model';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/**
 * One steward's training on one course: assigned (required, with a due date) or taken of their
 * own accord, then followed to completion. One per course and steward: the id says which.
 */
export interface TrainingRecordDoc {
  _id: string;
  courseId: string;
  courseTitle: string;
  courseKind: CourseKind;
  hours: number;
  userId: string;
  unitId: string;
  required: boolean;
  source: TrainingSource;
  status: TrainingStatus;
  assignedAt: Date;
  /** The Shanghai year the record was assigned (or taken) in: required courses count in that year. */
  year: number;
  dueAt?: Date;
  /** Progress on online material and cases: the furthest position (seconds or pages) and when it was last accepted. */
  reached: number;
  reportedAt?: Date;
  startedAt?: Date;
  completedAt?: Date;
  /** Set once by the hourly job when a required course passes its due date unfinished. */
  overdueAt?: Date;
}

const records = repository('training_records');

export const trainingRecordId = (courseId: string, userId: string) => `${courseId}|${userId}`;

export const trainingRecordRepo = {
  ...records,

  /** Insert; false when the steward already has a record for the course. */
  insertIfNew: async (db: Database, doc: TrainingRecordDoc): Promise<boolean> => {
    try {
      await records.insert(db, doc);
      return true;
    } catch (error) {
      if (await records.get(db, doc._id)) return false;
      throw error;
    }
  },

  /** Required courses past due and still open that the job has not flagged yet. */
  newlyOverdue: async (db: Database, now: Date): Promise<TrainingRecordDoc[]> => {
    const _ = db.command;
    return (await records.of(db).where({ status: _.in(['assigned', 'in_progress']), dueAt: _.lt(now), required: true, overdueAt: _.exists(false) }).limit(200).get()).data;
  },
};
