import * as z from 'zod';
import { ASSESSMENT_INPUTS } from '../assessment/scheme';
import { deferred, id, once, optionalText, pageInput, text } from './common.contracts';
import { ASSESSMENT_TEXT, FIRST_ASSESSMENT_YEAR, RECTIFY_DUE_DAYS } from './assessment.fields';

/** Inputs of the annual assessment (年考核) and the excellent-steward selection (issue 10 items 4, 5). */

const year = once(() => z.number({ error: '请选择考核年度' }).int().min(FIRST_ASSESSMENT_YEAR, { error: '考核年度有误' }).max(2100, { error: '考核年度有误' }));
const subjectKind = once(() => z.enum(['unit', 'steward'], { error: '请选择考核对象' }));

const source = once(() => z.union([z.object({ figure: z.string().max(64) }), z.object({ input: z.enum(Object.keys(ASSESSMENT_INPUTS) as [keyof typeof ASSESSMENT_INPUTS], { error: '未知的数据项' }) })]));
const num = once(() => z.number({ error: '请填写数值' }).finite());

/** The whole scheme as the district edits it; the core's validation (assertValidScheme) says what is wrong, field by field. */
export const schemeInput = deferred(() => z.object({
  name: z.string().trim().max(60),
  effectiveFrom: z.string().max(10),
  minRatedDemands: num(),
  nominationQuotaPerUnit: num(),
  indicators: z.array(z.object({
    key: z.string().trim().max(40), label: z.string().trim().max(30), points: num(), note: z.string().trim().max(300),
    appliesTo: z.array(subjectKind()).max(2),
    measures: z.array(z.object({ source: source(), share: num(), target: num().optional(), needsRatedDemands: z.boolean().optional() })).max(8),
  })).max(12),
  deductions: z.array(z.object({ key: z.string().trim().max(40), label: z.string().trim().max(30), source: source(), pointsEach: num(), cap: num(), note: z.string().trim().max(300) })).max(6),
}));

export const schemeGetInput = deferred(() => z.object({}));
/** A draft is saved against the revision the district read (0 for the first draft). */
export const schemeSaveInput = deferred(() => z.object({ scheme: schemeInput, rev: z.number().int().min(0) }));
export const schemePublishInput = deferred(() => z.object({ rev: z.number().int().min(1, { error: '请先保存草稿' }) }));

export const yearInput = deferred(() => z.object({ year: year() }));
export const yearPageInput = deferred(() => z.object({ year: year(), ...pageInput() }));
export const unitResultInput = deferred(() => z.object({ year: year(), unitId: id('单位').optional(), ...pageInput() }));
export const subjectResultInput = deferred(() => z.object({ year: year(), subject: subjectKind(), id: id('考核对象') }));
export const evidenceInput = deferred(() => z.object({ year: year(), stewardId: id('服务管家'), key: z.string().min(1).max(64), ...pageInput() }));

export const assessmentPublishInput = deferred(() => z.object({
  year: year(),
  /** Units scoring below this are asked for a rectification plan; leave out for none by score. */
  rectifyBelow: z.number().min(0).max(100).optional(),
  /** Units the district chooses besides. */
  rectifyUnitIds: z.array(id('单位')).max(100).default([]),
  dueWorkingDays: z.number().int().min(RECTIFY_DUE_DAYS.min, { error: `${RECTIFY_DUE_DAYS.label}至少 ${RECTIFY_DUE_DAYS.min} 个工作日` }).max(RECTIFY_DUE_DAYS.max, { error: `${RECTIFY_DUE_DAYS.label}不超过 ${RECTIFY_DUE_DAYS.max} 个工作日` }).default(RECTIFY_DUE_DAYS.default),
}));

export const selectionGetInput = deferred(() => z.object({ year: year(), unitId: id('单位').optional(), ...pageInput() }));
export const selectionNominateInput = deferred(() => z.object({
  year: year(),
  nominees: z.array(z.object({ stewardId: id('服务管家'), reason: text(ASSESSMENT_TEXT.nominationReason) })).max(10),
  rev: z.number().int().min(0),
}));
export const selectionReviewInput = deferred(() => z.discriminatedUnion('accepted', [
  z.object({ year: year(), unitId: id('单位'), stewardId: id('服务管家'), accepted: z.literal(true), reason: optionalText(ASSESSMENT_TEXT.reviewReason) }),
  z.object({ year: year(), unitId: id('单位'), stewardId: id('服务管家'), accepted: z.literal(false), reason: text(ASSESSMENT_TEXT.rejectReason) }),
], { error: '请选择通过或不通过' }));
