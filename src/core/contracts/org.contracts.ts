import { OVERVIEW_PERIODS } from '../org/steward-overview';
import * as z from 'zod';
import { CREDIT_CODE_MESSAGES, CREDIT_CODE_MISSING, creditCodeProblem } from '../credit-code';
import { SCHEDULE_KINDS, SCHEDULE_LIMITS, scheduleProblems } from '../time/year-schedule';
import { days, deferred, id, once, pageInput, text, visible } from './common.contracts';
import {
  BINDING_CODE_FORMAT,
  CONTACT_CADENCE,
  DEFAULT_CONTACT_CADENCE_DAYS,
  DEFAULT_VISIT_CADENCE_DAYS,
  ENTERPRISE_TEXT,
  MAX_ENTERPRISE_TAGS,
  PERSON_NAME,
  PHONE_MESSAGE,
  PHONE_PATTERN,
  PROPOSAL_REASON,
  DECISION_REASON,
  HANDOVER_REASON,
  LATITUDE,
  LONGITUDE,
  TAG_MAX_LENGTH,
  TAGS_MESSAGE,
  VISIT_CADENCE,
} from './org.fields';

const personName = once(() => text(PERSON_NAME));
/** The district's stated reason for setting a staffing rule aside (one 总管家 per unit, one liaison per steward). */
const overrideReason = once(() => text(DECISION_REASON).optional());
const phone = once(() => z.string().trim().regex(PHONE_PATTERN, { error: PHONE_MESSAGE }));

export const creditCode = deferred(() => z
  .string({ error: CREDIT_CODE_MISSING })
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const problem = creditCodeProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: CREDIT_CODE_MESSAGES[problem] });
  }));

/** Which organisation link each staff role's account needs. */
export const accountCreateInput = deferred(() => z.object({
  role: z.enum(['steward', 'liaison', 'unit_admin', 'department', 'district_admin'], { error: '请选择账号类型' }),
  name: personName(),
  phone: phone().optional(),
  unitId: id('所属单位').optional(),
  departmentId: id('承办部门').optional(),
  /** For a liaison: the steward they help. */
  stewardId: id('服务管家').optional(),
  overrideReason: overrideReason(),
}));

/** The district edits an account: name, phone, and the unit (or department) it belongs to. */
export const accountUpdateInput = deferred(() => z.object({
  id: id('账号'),
  name: personName().optional(),
  phone: phone().optional(),
  unitId: id('所属单位').optional(),
  departmentId: id('承办部门').optional(),
  overrideReason: overrideReason(),
}));

export const accountListInput = deferred(() => z.object({
  role: z.enum(['enterprise', 'steward', 'liaison', 'unit_admin', 'department', 'district_admin']).optional(),
  unitId: id('单位').optional(),
  status: z.enum(['active', 'disabled']).optional(),
  ...pageInput(),
}));

export const accountIdInput = deferred(() => z.object({ id: id('账号') }));
export const accountSetStatusInput = deferred(() => z.object({ id: id('账号'), status: z.enum(['active', 'disabled']), overrideReason: overrideReason() }));

export const accountBindInput = deferred(() => z.object({
  code: z
    .string({ error: BINDING_CODE_FORMAT.missing })
    .trim()
    .min(6, { error: BINDING_CODE_FORMAT.short })
    .max(20, { error: BINDING_CODE_FORMAT.malformed }),
  /** Enterprise contacts give their name when they bind; staff accounts already have one. */
  name: personName().optional(),
  phone: phone().optional(),
}));

/** A point picked on the map (GCJ-02); the address is entered beside it. */
export const locationInput = deferred(() => z.object({
  latitude: z.number({ error: LATITUDE.message }).min(LATITUDE.min, { error: LATITUDE.message }).max(LATITUDE.max, { error: LATITUDE.message }),
  longitude: z.number({ error: LONGITUDE.message }).min(LONGITUDE.min, { error: LONGITUDE.message }).max(LONGITUDE.max, { error: LONGITUDE.message }),
}));

const tags = once(() => z.array(visible(z.string().trim().min(1).max(TAG_MAX_LENGTH), '标签')).max(MAX_ENTERPRISE_TAGS, { error: TAGS_MESSAGE }));
const enterpriseFields = once(() => ({
  name: text(ENTERPRISE_TEXT.name),
  creditCode,
  industry: text(ENTERPRISE_TEXT.industry),
  address: text(ENTERPRISE_TEXT.address),
  unitId: id('属地单位'),
  tags: tags().default([]),
  contactCadenceDays: days(CONTACT_CADENCE).default(DEFAULT_CONTACT_CADENCE_DAYS),
  visitCadenceDays: days(VISIT_CADENCE).default(DEFAULT_VISIT_CADENCE_DAYS),
  location: locationInput.optional(),
}));

export const enterpriseCreateInput = deferred(() => z.object({ ...enterpriseFields(), stewardId: id('服务管家').optional() }));
export const enterpriseUpdateInput = deferred(() => z.object({
  id: id('企业'),
  name: enterpriseFields().name.optional(),
  industry: enterpriseFields().industry.optional(),
  address: enterpriseFields().address.optional(),
  tags: tags().optional(),
  contactCadenceDays: days(CONTACT_CADENCE).optional(),
  visitCadenceDays: days(VISIT_CADENCE).optional(),
  /** null takes a wrong location off. */
  location: locationInput.nullable().optional(),
}));
export const enterpriseRemoveInput = deferred(() => z.object({ id: id('企业'), reason: visible(z.string().trim().min(2, { error: '请填写移出原因' }).max(200), '移出原因') }));
export const enterpriseListInput = deferred(() => z.object({
  unitId: id('单位').optional(),
  stewardId: id('管家').optional(),
  keyword: z.string().trim().max(30).optional(),
  includeRemoved: z.boolean().default(false),
  ...pageInput(),
}));
/** The list's filters, without paging: every enterprise they select goes into the workbook. */
export const enterpriseExportInput = deferred(() => enterpriseListInput.unwrap().omit({ page: true, pageSize: true }));
export const enterpriseIdInput = deferred(() => z.object({ id: id('企业') }));
export const enterpriseImportInput = deferred(() => z.object({ fileID: z.string({ error: '请先上传 Excel 文件' }).min(1).max(300) }));

export const assignInput = deferred(() => z.object({ enterpriseId: id('企业'), stewardId: id('服务管家') }));
export const liaisonAttachInput = deferred(() => z.object({ liaisonId: id('联络员'), stewardId: id('服务管家'), overrideReason: overrideReason() }));

export const handoverCreateInput = deferred(() => z.object({
  fromStewardId: id('原管家'),
  toStewardId: id('接任管家'),
  /** Omitted: every enterprise of the outgoing steward. */
  enterpriseIds: z.array(id('企业')).min(1, { error: '请至少选择一家企业' }).max(200).optional(),
  reason: text(HANDOVER_REASON),
}));
/** The district confirms a proposed handover (it takes effect then) or refuses it with a reason. */
export const handoverDecideInput = deferred(() => z.object({ id: id('交接申请'), confirm: z.boolean(), reason: z.string().trim().max(DECISION_REASON.max).default('') }));
export const handoverListInput = deferred(() => z.object({ status: z.enum(['pending', 'confirmed', 'rejected']).optional(), ...pageInput() }));
export const handoverTaskListInput = deferred(() => z.object({ state: z.enum(['open', 'overdue', 'done']).optional(), ...pageInput() }));

const reason = once(() => text(PROPOSAL_REASON));
export const proposalCreateInput = deferred(() => z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('add'),
    name: enterpriseFields().name,
    creditCode,
    industry: enterpriseFields().industry,
    address: enterpriseFields().address,
    reason: reason(),
  }),
  z.object({ kind: z.literal('remove'), enterpriseId: id('企业'), reason: reason() }),
]));
export const proposalListInput = deferred(() => z.object({ status: z.enum(['pending', 'approved', 'rejected']).optional(), ...pageInput() }));
export const proposalDecideInput = deferred(() => z.object({
  id: id('建议'),
  approve: z.boolean(),
  reason: visible(z.string().trim().max(300), '理由').default(''),
  /** When approving an addition: the steward to assign, optional. */
  stewardId: id('服务管家').optional(),
}));

/** The enterprise whose contacts are listed, or who gets a contact's binding code. */
export const contactCodeIssueInput = deferred(() => z.object({ enterpriseId: id('企业') }));
export const enterpriseContactRevokeInput = deferred(() => z.object({ userId: id('联系人') }));

/** The dashboard of one unit; a unit admin's own unit when omitted. */
export const unitScopeInput = deferred(() => z.object({ unitId: id('单位').optional() }));

/**
 * A page of one unit's stewards (a unit admin's own unit when omitted), by name: a keyword the name
 * contains; `assignable` keeps only those who can take enterprises (active and signed in).
 */
export const stewardListInput = deferred(() => z.object({
  unitId: id('单位').optional(),
  keyword: visible(z.string().trim().max(20, { error: '姓名不超过 20 个字' }), '姓名').optional(),
  assignable: z.boolean().default(false),
  /** A steward not to offer (the one handing over, the one already chosen). */
  exceptId: id('管家').optional(),
  ...pageInput(),
}));

/** One steward's overview over a recent period (days: 30, 90 or 365). */
export const stewardOverviewInput = deferred(() => z.object({
  stewardId: id('管家'),
  days: z.union(OVERVIEW_PERIODS.map((d) => z.literal(d)) as [z.ZodLiteral<30>, z.ZodLiteral<90>, z.ZodLiteral<365>], { error: '请选择统计期' }).default(90),
}));

export const auditListInput = deferred(() => z.object({
  actorId: id('操作人').optional(),
  action: z.string().trim().max(60).optional(),
  recordId: z.string().trim().max(64).optional(),
  from: z.iso.date({ error: '开始日期格式应为 YYYY-MM-DD' }).optional(),
  to: z.iso.date({ error: '结束日期格式应为 YYYY-MM-DD' }).optional(),
  ...pageInput(),
}));

export const calendarSetInput = deferred(() => z.object({
  date: z.iso.date({ error: '日期格式应为 YYYY-MM-DD' }),
  /** true: a working day (e.g. a make-up Saturday); false: a day off; null: remove the override. */
  working: z.boolean().nullable(),
  note: visible(z.string().trim().max(50), '说明').default(''),
}));
export const calendarListInput = deferred(() => z.object({ year: z.number().int().min(2020).max(2100).optional() }));

/** A year's State Council schedule in one go: holiday ranges and make-up working days. */
export const calendarSetYearInput = deferred(() => z
  .object({
    year: z.number({ error: '请选择年份' }).int().min(2020, { error: '年份应在 2020–2100 之间' }).max(2100, { error: '年份应在 2020–2100 之间' }),
    entries: z
      .array(
        z.object({
          kind: z.enum(SCHEDULE_KINDS, { error: '请选择放假或调休上班' }),
          from: z.iso.date({ error: '日期格式应为 YYYY-MM-DD' }),
          to: z.iso.date({ error: '日期格式应为 YYYY-MM-DD' }),
          name: z.string().trim().max(SCHEDULE_LIMITS.maxNameLength, { error: `名称不超过 ${SCHEDULE_LIMITS.maxNameLength} 个字` }).default(''),
        }),
      )
      .min(1, { error: '请填写放假安排' })
      .max(SCHEDULE_LIMITS.maxEntries, { error: `最多 ${SCHEDULE_LIMITS.maxEntries} 条` }),
  })
  .superRefine((value, ctx) => {
    for (const [path, message] of Object.entries(scheduleProblems(value.year, value.entries))) ctx.addIssue({ code: 'custom', path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message });
  }));

/** Overrides in a range (at most a year and a bit), for the app's own working-day checks. */
export const calendarOverridesInput = deferred(() => z
  .object({ from: z.iso.date({ error: '日期格式应为 YYYY-MM-DD' }), to: z.iso.date({ error: '日期格式应为 YYYY-MM-DD' }) })
  .refine((r) => r.to >= r.from && Date.parse(r.to) - Date.parse(r.from) <= 400 * 86_400_000, { path: ['to'], message: '日期范围应在 400 天以内' }));

