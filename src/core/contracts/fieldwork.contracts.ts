import * as z from 'zod';
import { CONTACT_TEXT } from './contact.fields';
import { date, deferred, id, once, optionalText, pageInput, text, visible, webLink } from './common.contracts';
import {
  CHIP_MAX_LENGTH,
  CONTACT_CHANNELS,
  FOLLOW_UP_NOTE,
  MAX_CHIPS,
  MAX_PROMISES,
  POLICY_DATES_MESSAGE,
  POLICY_LINK_MAX,
  POLICY_TEXT,
  PREFERENCE_MESSAGES,
  PREFERENCE_TEXT,
  PROMISE_OUTCOME,
  PROMISE_TEXT,
  PLAN_CANCEL_REASON,
  PLAN_TOPICS,
  REPORT_CATEGORIES,
  RESEARCH_TEXT,
  type ReportCategory,
} from './fieldwork.fields';
import { numberTooLarge, REPORT_FIELD_RULES, reportTextRule, type ReportFieldRule } from './report.fields';
import { attachmentsInput } from './demand-step.contracts';

export type { ReportCategory } from './fieldwork.fields';

/** A category's `fields` schema, built from its field rules (report.fields.ts). */
const fieldSchema = (field: ReportFieldRule): z.ZodType => {
  switch (field.kind) {
    case 'text':
      return field.min ? text(reportTextRule(field)) : optionalText(reportTextRule(field));
    case 'number':
      return z.number({ error: field.missing }).min(0, { error: field.negative }).max(field.max, { error: numberTooLarge(field) });
    case 'choice':
      return z.enum(field.options as [string, ...string[]], { error: field.missing });
    case 'date':
      return date(field.label);
  }
};
/** Each category's `fields` schema, built on first use. */
export const reportFields = once(() => Object.fromEntries(
  REPORT_CATEGORIES.map((category) => [category, z.object(Object.fromEntries(REPORT_FIELD_RULES[category].map((field) => [field.key, fieldSchema(field)])))]),
) as Record<ReportCategory, z.ZodObject>);

export const reportCreateInput = deferred(() => z.discriminatedUnion(
  'category',
  REPORT_CATEGORIES.map((category) => z.object({ category: z.literal(category), enterpriseId: id('企业'), fields: reportFields()[category] })) as unknown as [
    z.ZodObject<{ category: z.ZodLiteral<ReportCategory>; enterpriseId: z.ZodString; fields: z.ZodType }>,
  ],
  { error: '请选择信息类别' },
));

export const reportListInput = deferred(() => z.object({
  category: z.enum(REPORT_CATEGORIES).optional(),
  unitId: id('单位').optional(),
  enterpriseId: id('企业').optional(),
  riskOnly: z.boolean().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  ...pageInput(),
}));
export const reportExportInput = deferred(() => reportListInput.unwrap().omit({ page: true, pageSize: true }));

export const promiseInput = deferred(() => z.object({ content: text(PROMISE_TEXT.content), owner: text(PROMISE_TEXT.owner), dueDate: date('完成时限') }));
/** Whether the steward goes with the leaders (art. 5.1: the steward accompanies, records and follows up). */
const stewardAccompanies = once(() => z.boolean().default(true));

export const researchRecordInput = deferred(() => z.object({
  enterpriseId: id('企业'),
  date: date('调研日期'),
  leaders: text(RESEARCH_TEXT.leaders),
  accompanying: optionalText(RESEARCH_TEXT.accompanying),
  stewardAccompanies: stewardAccompanies(),
  topics: text(RESEARCH_TEXT.topics),
  promises: z.array(promiseInput).max(MAX_PROMISES).default([]),
  /** The planned visit this records (the plan becomes the record). */
  planId: id('调研计划').optional(),
}));
/** A visit planned ahead, with its plan (调研方案) as PDF or images. */
export const researchPlanInput = deferred(() => z.object({
  enterpriseId: id('企业'),
  date: date('计划调研日期'),
  leaders: text(RESEARCH_TEXT.leaders),
  accompanying: optionalText(RESEARCH_TEXT.accompanying),
  stewardAccompanies: stewardAccompanies(),
  topics: text(PLAN_TOPICS),
  planFiles: attachmentsInput,
}));
export const researchCancelPlanInput = deferred(() => z.object({ visitId: id('调研计划'), reason: text(PLAN_CANCEL_REASON) }));
export const researchListInput = deferred(() => z.object({
  openOnly: z.boolean().optional(),
  enterpriseId: id('企业').optional(),
  status: z.enum(['planned', 'recorded']).optional(),
  ...pageInput(),
}));
export const researchClosePromiseInput = deferred(() => z.object({ visitId: id('调研记录'), promiseId: id('承诺事项'), outcome: text(PROMISE_OUTCOME) }));
export const researchFollowUpInput = deferred(() => z.object({ visitId: id('调研记录'), note: text(FOLLOW_UP_NOTE) }));

const chips = once(() => z.array(visible(z.string().trim().min(1).max(CHIP_MAX_LENGTH), '标签')).max(MAX_CHIPS).default([]));
export const policyCreateInput = deferred(() => z
  .object({
    title: text(POLICY_TEXT.title),
    summary: text(POLICY_TEXT.summary),
    issuer: text(POLICY_TEXT.issuer),
    validFrom: date('生效日期'),
    validTo: date('截止日期'),
    industries: chips(),
    tags: chips(),
    link: webLink(POLICY_LINK_MAX).optional(),
    attachmentFileId: z.string().min(1).max(300).optional(),
  })
  .refine((p) => p.validTo >= p.validFrom, { path: ['validTo'], message: POLICY_DATES_MESSAGE }));
export const policyListInput = deferred(() => z.object({ keyword: z.string().trim().max(30).optional(), includeExpired: z.boolean().default(false), ...pageInput() }));
export const policyPromoteInput = deferred(() => z.object({ policyId: id('政策'), enterpriseId: id('企业'), intendsToApply: z.boolean({ error: '请选择企业是否有意申报' }), note: visible(z.string().trim().max(300), '宣讲情况').default('') }));
export const promotionListInput = deferred(() => z.object({ enterpriseId: id('企业').optional(), policyId: id('政策').optional(), ...pageInput() }));
/** Promotion to-dos from pushed policies: open ones by default. */
export const promotionTodoListInput = deferred(() => z.object({ done: z.boolean().default(false), policyId: id('政策').optional(), ...pageInput() }));

export const preferencesInput = deferred(() => z.object({
  channels: z.array(z.enum(CONTACT_CHANNELS)).min(1, { error: PREFERENCE_MESSAGES.noChannel }).max(CONTACT_CHANNELS.length),
  quietPeriods: optionalText(PREFERENCE_TEXT.quietPeriods),
  note: optionalText(PREFERENCE_TEXT.note),
}));

/** Corrects one's own contact record within 24 hours; only the fields given change. */
export const contactUpdateInput = deferred(() => z.object({
  id: id('联系记录'),
  who: text(CONTACT_TEXT.who).optional(),
  topics: text(CONTACT_TEXT.topics).optional(),
  outcome: text(CONTACT_TEXT.outcome).optional(),
  nextStep: text(CONTACT_TEXT.nextStep).optional(),
}));

/** `unitId` narrows the district's view to one unit (a unit admin may name only its own). */
export const cadenceListInput = deferred(() => z.object({ state: z.enum(['overdue', 'due_soon', 'ok']).optional(), unitId: id('单位').optional(), ...pageInput() }));
