import type { Database } from '../runtime/cloud-types';
import type { Patch } from '../db/repository';
import { trainingRecordRepo, type TrainingRecordDoc } from '../db/training-record.repo';
import { trainingStatsRepo } from '../db/training-stats.repo';
import { shanghaiYear } from './training-assign';

/**
 * Write a change to a training record, conditional on the state it was read in (two devices
 * reporting at once cannot both spend the same stretch of time), and count a completion once:
 * its hours in the year it happened, a required course in the year it was assigned.
 */
export const writeRecord = async (db: Database, record: TrainingRecordDoc, patch: Patch<TrainingRecordDoc>, now: Date): Promise<boolean> => {
  const filter = { _id: record._id, status: record.status, reached: record.reached, ...(record.reportedAt ? { reportedAt: record.reportedAt } : {}) };
  if ((await trainingRecordRepo.updateWhere(db, filter, patch)) !== 1) return false;
  if (patch.status === 'completed' && record.status !== 'completed') {
    const steward = [{ userId: record.userId, unitId: record.unitId }];
    const year = shanghaiYear(now);
    await trainingStatsRepo.bump(db, year, steward, { hours: record.hours, completed: 1 });
    if (record.required) await trainingStatsRepo.bump(db, record.year, steward, { requiredCompleted: 1, overdue: record.overdueAt ? -1 : 0 });
  }
  return true;
};
