import { thing } from '../../src/core/notify/templates';
import type { Database } from '../runtime/cloud-types';
import { trainingRecordRepo } from '../db/training-record.repo';
import { trainingStatsRepo } from '../db/training-stats.repo';
import { userRepo } from '../db/user.repo';
import { notifyUsers, wxTime, type SubscribeMessageSender } from '../notify/notifier';
import { TRAINING_PAGE } from '../actions/training-assign';

/**
 * A required course past its due date and not completed is flagged once (so a timer that fires
 * twice changes nothing), counted as overdue for the steward and the unit, and the steward is told.
 */
export const superviseTraining = async (db: Database, now: Date, messages: SubscribeMessageSender): Promise<number> => {
  let changed = 0;
  for (const record of await trainingRecordRepo.newlyOverdue(db, now)) {
    const flagged = await trainingRecordRepo.updateWhere(db, { _id: record._id, status: record.status, overdueAt: db.command.exists(false) }, { overdueAt: now });
    if (flagged !== 1) continue;
    changed++;
    await trainingStatsRepo.bump(db, record.year, [{ userId: record.userId, unitId: record.unitId }], { overdue: 1 });
    const steward = await userRepo.get(db, record.userId);
    if (!steward || steward.status !== 'active') continue;
    await notifyUsers(db, messages, [steward], {
      template: 'todo', kind: 'overdue:training', recordId: record.courseId, page: TRAINING_PAGE,
      title: '必修课程已逾期', body: `必修课程「${record.courseTitle}」已过完成期限（${wxTime(record.dueAt!)}），请尽快完成。`,
      data: { thing1: thing('必修课程已逾期'), thing2: thing(record.courseTitle), time3: wxTime(record.dueAt!), thing4: thing('请尽快完成学习') },
    });
  }
  return changed;
};
