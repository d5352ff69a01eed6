import { randomBytes } from 'node:crypto';
import { loadQrCode } from '../runtime/heavy-modules';
import { courseCreateInput, courseIdInput, courseListInput, courseUpdateInput } from '../../src/core/contracts/training.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import { AppError, invalid, notFound } from '../../src/core/errors';
import { COURSE_KIND_LABELS, OFFLINE_KINDS, type CourseDetail, type CourseSignInCode, type CourseView } from '../../src/core/training/training.model';
import { SIGN_IN_QR_PREFIX, signInCodeFrom, signInWindow } from '../../src/core/training/training.rules';
import { courseRepo, type CourseDoc } from '../db/course.repo';
import { newId } from '../db/codes';
import { fetchPage } from '../db/paging';
import { trainingRecordId, trainingRecordRepo } from '../db/training-record.repo';
import type { ActionContext } from '../runtime/action-context';
import { defineAction } from '../runtime/define-action';
import { checkMaterial } from './course-material';
import { toCourseView, toRecordView } from './training.view';

const sessionDoc = (s: { venue: string; startsAt: string; endsAt: string }) => ({ venue: s.venue, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) });

const courseCreate = defineAction({
  name: 'course.create',
  roles: ['district_admin'],
  input: courseCreateInput,
  writes: 'courses',
  summary: '新建培训课程（线上视频或文档、线下讲座、参观学习、案例分享），保存为草稿',
  async handler(input, ctx): Promise<CourseView> {
    const at = ctx.now();
    const doc: CourseDoc = {
      _id: newId(), kind: input.kind, title: input.title, summary: input.summary, hours: input.hours, required: input.required, status: 'draft',
      createdBy: ctx.user._id, createdAt: at, updatedAt: at,
    };
    if (input.kind === 'online') doc.material = await checkMaterial(ctx, input.material);
    else if (input.kind === 'case') doc.caseText = input.caseText;
    else {
      doc.session = sessionDoc(input.session);
      doc.signInCode = signInCodeFrom(randomBytes(8));
    }
    await courseRepo.insert(ctx.db, doc);
    ctx.audit.record(doc._id, `新建${COURSE_KIND_LABELS[doc.kind]}「${doc.title}」（${doc.hours} 学时${doc.required ? '，必修' : ''}）`);
    return toCourseView(doc);
  },
});

const draftOf = async (ctx: ActionContext, id: string): Promise<CourseDoc> => {
  const course = await courseRepo.get(ctx.db, id);
  if (!course) throw notFound('课程不存在');
  if (course.status !== 'draft') throw new AppError('INVALID_STATE', '课程已发布，不能再修改');
  return course;
};

const courseUpdate = defineAction({
  name: 'course.update',
  roles: ['district_admin'],
  input: courseUpdateInput,
  writes: 'courses',
  summary: '修改课程草稿（案例发布前由区里审改）',
  async handler({ id, session, caseText, ...texts }, ctx): Promise<CourseView> {
    const course = await draftOf(ctx, id);
    if (session && !OFFLINE_KINDS.includes(course.kind)) throw invalid('只有线下讲座和参观学习有时间地点', { session: '此类课程没有时间地点' });
    if (caseText !== undefined && course.kind !== 'case') throw invalid('只有案例分享有案例正文', { caseText: '此类课程没有案例正文' });
    const patch = { ...texts, ...(session ? { session: sessionDoc(session) } : {}), ...(caseText !== undefined ? { caseText } : {}), updatedAt: ctx.now() };
    if ((await courseRepo.updateWhere(ctx.db, { _id: id, status: 'draft', updatedAt: course.updatedAt }, patch)) !== 1) throw new AppError('CONFLICT', '课程已被他人修改，请刷新后重试');
    ctx.audit.record(id, `修改课程草稿「${patch.title ?? course.title}」`);
    return toCourseView({ ...course, ...patch });
  },
});

const coursePublish = defineAction({
  name: 'course.publish',
  roles: ['district_admin'],
  input: courseIdInput,
  writes: 'courses',
  summary: '发布课程：管家可见、可学习；必修课程自此分配给新任管家',
  async handler({ id }, ctx): Promise<CourseView> {
    const course = await draftOf(ctx, id);
    const patch = { status: 'published' as const, publishedAt: ctx.now(), updatedAt: ctx.now() };
    if ((await courseRepo.updateWhere(ctx.db, { _id: id, status: 'draft' }, patch)) !== 1) throw new AppError('CONFLICT', '课程刚刚已被发布，请刷新');
    ctx.audit.record(id, `发布${COURSE_KIND_LABELS[course.kind]}「${course.title}」`);
    return toCourseView({ ...course, ...patch });
  },
});

const courseList = defineAction({
  name: 'course.list',
  roles: ['steward', 'unit_admin', 'district_admin'],
  input: courseListInput,
  writes: false,
  summary: '培训课程（管家和单位只看已发布的；区里可含草稿）',
  async handler(input, { db, user }): Promise<PageResult<CourseView>> {
    const filter: Record<string, unknown> = {};
    if (!(input.includeDrafts && user.role === 'district_admin')) filter.status = 'published';
    if (input.kind) filter.kind = input.kind;
    // Lists leave the long case text out.
    return fetchPage(courseRepo.find(db, filter).orderBy('createdAt', 'desc').field({ caseText: false }), input, (c) => toCourseView(c));
  },
});

/** What the organiser shows at the venue: the code and a QR code of it, with the window it opens in. */
const signInCodeOf = async (course: CourseDoc): Promise<CourseSignInCode | undefined> => {
  if (!course.session || !course.signInCode) return undefined;
  const { opensAt, closesAt } = signInWindow(course.session);
  const qrDataUrl = await loadQrCode().toDataURL(`${SIGN_IN_QR_PREFIX}${course.signInCode}`, { margin: 1, width: 240 });
  return { code: course.signInCode, qrDataUrl, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() };
};

const materialUrls = async (ctx: ActionContext, course: CourseDoc): Promise<string[] | undefined> => {
  if (!course.material) return undefined;
  const ids = course.material.type === 'video' ? [course.material.file.fileID] : course.material.pages.map((p) => p.fileID);
  const urls = await ctx.files.tempUrls(ids);
  return ids.map((id) => urls.get(id) ?? '');
};

const courseGet = defineAction({
  name: 'course.get',
  roles: ['steward', 'unit_admin', 'district_admin'],
  input: courseIdInput,
  writes: false,
  summary: '课程详情：学习材料、时间地点；管家的学习进度；区里另见签到码',
  async handler({ id }, ctx): Promise<CourseDetail> {
    const course = await courseRepo.get(ctx.db, id);
    const district = ctx.user.role === 'district_admin';
    if (!course || (course.status !== 'published' && !district)) throw notFound('课程不存在或尚未发布');
    const record = ctx.user.role === 'steward' ? await trainingRecordRepo.get(ctx.db, trainingRecordId(id, ctx.user._id)) : null;
    const signIn = district ? await signInCodeOf(course) : undefined;
    return {
      course: toCourseView(course, await materialUrls(ctx, course)),
      record: record ? toRecordView(record, ctx.now(), course) : null,
      ...(signIn ? { signIn } : {}),
    };
  },
});

export const courseActions = [courseCreate, courseUpdate, coursePublish, courseList, courseGet];
