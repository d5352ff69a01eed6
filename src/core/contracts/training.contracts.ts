import * as z from 'zod';
import { COURSE_KINDS, STEWARD_STATS_VIEWS } from '../training/training.model';
import { HOURS_MESSAGE, hoursProblem } from '../training/training.rules';
import { deferred, id, once, pageInput, text } from './common.contracts';
import { attachmentInput } from './demand-step.contracts';
import { COURSE_TEXT, MAX_DOCUMENT_PAGES, MAX_SESSION_HOURS, SESSION_TIMES_MESSAGE } from './training.fields';

const hours = once(() => z.number({ error: '请填写学时' }).refine((h) => !hoursProblem(h), { error: HOURS_MESSAGE }));

/** Online material: a video file, or a document as its page images in order. */
export const materialInput = deferred(() => z.discriminatedUnion('type', [
  z.object({ type: z.literal('video'), file: attachmentInput }),
  z.object({ type: z.literal('document'), name: z.string().trim().min(1).max(100), pages: z.array(attachmentInput).min(1, { error: '请上传文档页面' }).max(MAX_DOCUMENT_PAGES, { error: `文档最多 ${MAX_DOCUMENT_PAGES} 页` }) }),
], { error: '请选择视频或文档' }));

export const sessionInput = deferred(() => z
  .object({ venue: text(COURSE_TEXT.venue), startsAt: z.iso.datetime({ offset: true, error: '请选择开始时间' }), endsAt: z.iso.datetime({ offset: true, error: '请选择结束时间' }) })
  .refine((s) => {
    const span = new Date(s.endsAt).getTime() - new Date(s.startsAt).getTime();
    return span > 0 && span <= MAX_SESSION_HOURS * 3_600_000;
  }, { error: SESSION_TIMES_MESSAGE, path: ['endsAt'] }));

const courseFields = once(() => ({
  title: text(COURSE_TEXT.title),
  summary: text(COURSE_TEXT.summary),
  hours: hours(),
  required: z.boolean().default(false),
}));

/** A new course, saved as a draft; what each kind needs is checked with the kind. */
export const courseCreateInput = deferred(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('online'), ...courseFields(), material: materialInput }),
  z.object({ kind: z.literal('lecture'), ...courseFields(), session: sessionInput }),
  z.object({ kind: z.literal('visit'), ...courseFields(), session: sessionInput }),
  z.object({ kind: z.literal('case'), ...courseFields(), caseText: text(COURSE_TEXT.caseText) }),
], { error: '请选择课程类型' }));

/** Edit a draft: any of its texts, hours, required flag or session. */
export const courseUpdateInput = deferred(() => z.object({
  id: id('课程'),
  title: text(COURSE_TEXT.title).optional(),
  summary: text(COURSE_TEXT.summary).optional(),
  hours: hours().optional(),
  required: z.boolean().optional(),
  session: sessionInput.optional(),
  caseText: text(COURSE_TEXT.caseText).optional(),
}));

export const courseIdInput = deferred(() => z.object({ id: id('课程') }));

export const courseListInput = deferred(() => z.object({
  kind: z.enum(COURSE_KINDS).optional(),
  /** District only: drafts too. */
  includeDrafts: z.boolean().default(false),
  ...pageInput(),
}));

/** Assign a published course to the active stewards of one unit, or of every unit. */
export const courseAssignInput = deferred(() => z.object({ id: id('课程'), unitId: id('单位').optional(), dueDate: z.iso.date({ error: '请选择完成期限' }) }));

export const caseCandidatesInput = deferred(() => z.object({ ...pageInput() }));
export const caseFromDemandInput = deferred(() => z.object({ demandId: id('诉求') }));

export const trainingRecordsInput = deferred(() => z.object({ state: z.enum(['open', 'completed']).default('open'), ...pageInput() }));

/** Where the player or reader is: seconds for a video, pages read for a document or case. */
export const trainingProgressInput = deferred(() => z.object({ courseId: id('课程'), position: z.number({ error: '缺少学习进度' }).min(0).max(24 * 3600) }));

export const trainingSignInInput = deferred(() => z.object({ code: z.string({ error: '请输入签到码' }).trim().min(4, { error: '请输入签到码' }).max(40) }));

/** The district's units, or one unit's total and a page of its stewards (`view`, the page: for a unit only). */
export const trainingStatsInput = deferred(() => z.object({
  year: z.number({ error: '请选择年度' }).int({ error: '年度有误' }).min(2024, { error: '年度有误' }).max(2100, { error: '年度有误' }),
  unitId: id('单位').optional(),
  view: z.enum(STEWARD_STATS_VIEWS, { error: '请选择查看哪些管家' }).default('overdue'),
  ...pageInput(),
}));
