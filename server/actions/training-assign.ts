import { NEW_STEWARD_DUE_DAYS } from '../../src/core/training/training.rules';
import type { TrainingSource } from '../../src/core/training/training.model';
import { thing } from '../../src/core/notify/templates';
import { addCalendarDays, endOfShanghaiDay, shanghaiDate } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import type { CourseDoc } from '../db/course.repo';
import { courseRepo } from '../db/course.repo';
import { trainingRecordId, trainingRecordRepo, type TrainingRecordDoc } from '../db/training-record.repo';
import { trainingStatsRepo } from '../db/training-stats.repo';
import type { UserDoc } from '../db/user.repo';
import { notifyUsers, wxTime, type SubscribeMessageSender } from '../notify/notifier';

export const shanghaiYear = (at: Date): number => Number(shanghaiDate(at).slice(0, 4));

const BATCH = 100;
export const TRAINING_PAGE = 'steward/pages/training/index';

const recordFor = (course: CourseDoc, steward: UserDoc, dueAt: Date, source: TrainingSource, now: Date): TrainingRecordDoc => ({
  _id: trainingRecordId(course._id, steward._id), courseId: course._id, courseTitle: course.title, courseKind: course.kind, hours: course.hours,
  userId: steward._id, unitId: steward.unitId!, required: true, source, status: 'assigned', assignedAt: now, year: shanghaiYear(now), dueAt, reached: 0,
});

/**
 * A steward who took the course of their own accord now has it as required: counted as assigned
 * this year (and as completed, if it is). Conditional on the record as read; a completion landing
 * in between is seen on the next try.
 */
const makeRequired = async (db: Database, record: TrainingRecordDoc, dueAt: Date, source: TrainingSource, now: Date): Promise<boolean> => {
  let current: TrainingRecordDoc | null = record;
  for (let attempt = 0; attempt < 3 && current && !current.required; attempt++) {
    const year = shanghaiYear(now);
    if ((await trainingRecordRepo.updateWhere(db, { _id: current._id, required: false, status: current.status }, { required: true, dueAt, source, year })) === 1) {
      await trainingStatsRepo.bump(db, year, [current], { requiredAssigned: 1, requiredCompleted: current.status === 'completed' ? 1 : 0 });
      return true;
    }
    current = await trainingRecordRepo.get(db, record._id);
  }
  return false;
};

/** Assign a course to stewards (as required, with a due date); answers those newly given it. */
export const assignCourse = async (db: Database, course: CourseDoc, stewards: readonly UserDoc[], dueAt: Date, source: TrainingSource, now: Date) => {
  const assigned: UserDoc[] = [];
  let already = 0;
  const eligible = stewards.filter((s) => s.role === 'steward' && s.unitId);
  for (let i = 0; i < eligible.length; i += BATCH) {
    const batch = eligible.slice(i, i + BATCH);
    const existing = new Map((await trainingRecordRepo.all(db, { courseId: course._id, userId: db.command.in(batch.map((s) => s._id)) })).map((r) => [r.userId, r]));
    const fresh: UserDoc[] = [];
    for (const steward of batch) {
      const record = existing.get(steward._id);
      if (!record) fresh.push(steward);
      else if (!record.required && (await makeRequired(db, record, dueAt, source, now))) assigned.push(steward);
      else already++;
    }
    // Each insert stands alone: a twin created meanwhile (another assignment) is not counted twice.
    const inserted: UserDoc[] = [];
    for (const steward of fresh) {
      if (await trainingRecordRepo.insertIfNew(db, recordFor(course, steward, dueAt, source, now))) inserted.push(steward);
      else already++;
    }
    await trainingStatsRepo.bump(db, shanghaiYear(now), inserted.map((s) => ({ userId: s._id, unitId: s.unitId! })), { requiredAssigned: 1 });
    assigned.push(...inserted);
  }
  return { assigned, already };
};

/** Tell stewards which required courses they now have, and by when. */
export const notifyAssigned = async (db: Database, messages: SubscribeMessageSender, stewards: UserDoc[], courses: CourseDoc[], dueAt: Date): Promise<void> => {
  if (!stewards.length || !courses.length) return;
  const titles = courses.map((c) => `「${c.title}」`).join('、');
  const what = courses.length === 1 ? `必修课程${titles}` : `${courses.length} 门必修课程`;
  await notifyUsers(db, messages, stewards, {
    template: 'todo',
    kind: 'todo:training',
    recordId: courses[0]._id,
    page: TRAINING_PAGE,
    title: `请完成${what}`,
    body: `${courses.length === 1 ? '' : `${titles}，`}请于 ${wxTime(dueAt)} 前完成学习。`,
    data: { thing1: thing(`完成${what}`), thing2: thing('服务管家培训'), time3: wxTime(dueAt), thing4: thing(titles) },
  });
};

export const newStewardDueAt = (now: Date): Date => endOfShanghaiDay(addCalendarDays(shanghaiDate(now), NEW_STEWARD_DUE_DAYS));

/**
 * A steward who is new (a new account) or takes over enterprises by a handover gets every
 * published required course they have not had yet, due in 30 days, and a message saying so.
 */
export const assignRequiredCourses = async (db: Database, messages: SubscribeMessageSender, steward: UserDoc, source: 'new_steward' | 'handover', now: Date): Promise<number> => {
  const dueAt = newStewardDueAt(now);
  const given: CourseDoc[] = [];
  for (const course of await courseRepo.requiredPublished(db)) {
    if ((await assignCourse(db, course, [steward], dueAt, source, now)).assigned.length) given.push(course);
  }
  await notifyAssigned(db, messages, [steward], given, dueAt);
  return given.length;
};
