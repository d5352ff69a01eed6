import { courseIdInput, trainingProgressInput, trainingRecordsInput, trainingSignInInput } from '../../src/core/contracts/training.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import { AppError, notFound } from '../../src/core/errors';
import type { TrainingRecordView } from '../../src/core/training/training.model';
import { judgeProgress, normalizeSignInCode, progressRule, signInProblem } from '../../src/core/training/training.rules';
import { courseRepo, type CourseDoc } from '../db/course.repo';
import { fetchPage } from '../db/paging';
import { trainingRecordId, trainingRecordRepo, type TrainingRecordDoc } from '../db/training-record.repo';
import type { ActionContext } from '../runtime/action-context';
import { defineAction } from '../runtime/define-action';
import { shanghaiYear } from './training-assign';
import { writeRecord } from './training-progress';
import { progressMaterialOf, toRecordView } from './training.view';

const CONFLICT = '学习记录刚刚在另一台设备上更新，请刷新后继续';

const trainingRecords = defineAction({
  name: 'training.records',
  roles: ['steward'],
  input: trainingRecordsInput,
  writes: false,
  summary: '我的培训：待完成（必修在前按期限）与已完成',
  async handler(input, { db, user, now }): Promise<PageResult<TrainingRecordView>> {
    const status = input.state === 'completed' ? 'completed' : db.command.in(['assigned', 'in_progress']);
    const query = trainingRecordRepo.find(db, { userId: user._id, status }).orderBy(input.state === 'completed' ? 'completedAt' : 'assignedAt', 'desc');
    return fetchPage(query, input, (r) => toRecordView(r, now()));
  },
});

const publishedCourse = async (ctx: ActionContext, id: string): Promise<CourseDoc> => {
  const course = await courseRepo.get(ctx.db, id);
  if (!course || course.status !== 'published') throw notFound('课程不存在或尚未发布');
  return course;
};

/** A record for a course the steward takes without being assigned it. */
const selfRecord = (course: CourseDoc, ctx: ActionContext): TrainingRecordDoc => ({
  _id: trainingRecordId(course._id, ctx.user._id), courseId: course._id, courseTitle: course.title, courseKind: course.kind, hours: course.hours,
  userId: ctx.user._id, unitId: ctx.user.unitId ?? '', required: false, source: 'self', status: 'assigned', assignedAt: ctx.now(), year: shanghaiYear(ctx.now()), reached: 0,
});

const ownRecord = async (ctx: ActionContext, course: CourseDoc): Promise<TrainingRecordDoc> => {
  const id = trainingRecordId(course._id, ctx.user._id);
  const existing = await trainingRecordRepo.get(ctx.db, id);
  if (existing) return existing;
  await trainingRecordRepo.insertIfNew(ctx.db, selfRecord(course, ctx));
  return (await trainingRecordRepo.get(ctx.db, id))!;
};

const trainingStart = defineAction({
  name: 'training.start',
  roles: ['steward'],
  input: courseIdInput,
  writes: 'training_records',
  summary: '开始（或继续）学习线上课程或案例：从此刻起计时',
  async handler({ id }, ctx): Promise<TrainingRecordView> {
    const course = await publishedCourse(ctx, id);
    if (!progressRule(progressMaterialOf(course))) throw new AppError('INVALID_STATE', '线下活动请到现场扫码或输入签到码签到');
    const record = await ownRecord(ctx, course);
    if (record.status === 'completed') {
      ctx.audit.unchanged();
      return toRecordView(record, ctx.now(), course);
    }
    // Time spent away does not count: the clock for the next report starts now.
    const patch = { status: 'in_progress' as const, reportedAt: ctx.now(), ...(record.startedAt ? {} : { startedAt: ctx.now() }) };
    if (!(await writeRecord(ctx.db, record, patch, ctx.now()))) throw new AppError('CONFLICT', CONFLICT);
    ctx.audit.record(record._id, `开始学习「${course.title}」`);
    return toRecordView({ ...record, ...patch }, ctx.now(), course);
  },
});

const trainingProgress = defineAction({
  name: 'training.progress',
  roles: ['steward'],
  input: trainingProgressInput,
  writes: 'training_records',
  summary: '上报观看或阅读进度；进度到达末尾时记为完成并计入学时',
  async handler({ courseId, position }, ctx): Promise<TrainingRecordView> {
    const course = await publishedCourse(ctx, courseId);
    const rule = progressRule(progressMaterialOf(course));
    const record = await trainingRecordRepo.get(ctx.db, trainingRecordId(courseId, ctx.user._id));
    if (!rule || !record || !record.reportedAt) throw new AppError('INVALID_STATE', '请先打开课程开始学习');
    if (record.status === 'completed') {
      ctx.audit.unchanged();
      return toRecordView(record, ctx.now(), course);
    }
    const verdict = judgeProgress(rule, record.reached, record.reportedAt, position, ctx.now());
    if (!verdict.accepted) throw new AppError('PROGRESS_REFUSED', verdict.reason);
    const patch = { reached: verdict.reached, reportedAt: ctx.now(), ...(verdict.complete ? { status: 'completed' as const, completedAt: ctx.now() } : {}) };
    if (!(await writeRecord(ctx.db, record, patch, ctx.now()))) throw new AppError('CONFLICT', CONFLICT);
    if (verdict.complete) ctx.audit.record(record._id, `完成「${course.title}」，计 ${course.hours} 学时`);
    else ctx.audit.unchanged();
    return toRecordView({ ...record, ...patch }, ctx.now(), course);
  },
});

/** The course whose sign-in is open now among those with this code, or the reason none is. */
const courseForCode = async (ctx: ActionContext, code: string): Promise<CourseDoc> => {
  const courses = await courseRepo.bySignInCode(ctx.db, code);
  if (!courses.length) throw notFound('签到码不正确，请核对后重新输入');
  const open = courses.find((c) => c.session && !signInProblem(c.session, ctx.now()));
  if (!open) throw new AppError('SIGN_IN_CLOSED', signInProblem(courses[0].session!, ctx.now()) ?? undefined);
  return open;
};

const trainingSignIn = defineAction({
  name: 'training.signIn',
  roles: ['steward'],
  input: trainingSignInInput,
  writes: 'training_records',
  summary: '线下讲座、参观学习现场签到（签到码或扫码，仅在活动时段内有效），签到即完成并计入学时',
  async handler({ code }, ctx): Promise<TrainingRecordView> {
    const course = await courseForCode(ctx, normalizeSignInCode(code));
    const record = await ownRecord(ctx, course);
    if (record.status === 'completed') {
      ctx.audit.unchanged();
      return toRecordView(record, ctx.now(), course);
    }
    const patch = { status: 'completed' as const, completedAt: ctx.now(), startedAt: ctx.now() };
    if (!(await writeRecord(ctx.db, record, patch, ctx.now()))) throw new AppError('CONFLICT', CONFLICT);
    ctx.audit.record(record._id, `签到「${course.title}」（${course.session!.venue}），计 ${course.hours} 学时`);
    return toRecordView({ ...record, ...patch }, ctx.now(), course);
  },
});

export const trainingActions = [trainingRecords, trainingStart, trainingProgress, trainingSignIn];
