import { z } from 'zod';
import { creditCodeProblem, CREDIT_CODE_MESSAGES } from '../credit-code';
import { pageInput } from './demand.contracts';

const id = (what: string) => z.string({ error: `缺少${what}` }).min(1, { error: `缺少${what}` }).max(64);
const personName = z.string({ error: '请填写姓名' }).trim().min(2, { error: '姓名至少 2 个字' }).max(20, { error: '姓名不超过 20 个字' });
const phone = z.string().trim().regex(/^1\d{10}$/, { error: '请填写 11 位手机号' });

export const creditCode = z
  .string({ error: '请填写统一社会信用代码' })
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const problem = creditCodeProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: CREDIT_CODE_MESSAGES[problem] });
  });

export const accountCreateInput = z.object({
  role: z.enum(['steward', 'liaison', 'unit_admin', 'department', 'district_admin'], { error: '请选择账号类型' }),
  name: personName,
  phone: phone.optional(),
  unitId: id('所属单位').optional(),
  departmentId: id('承办部门').optional(),
  /** For a liaison: the steward they help. */
  stewardId: id('服务管家').optional(),
});

export const accountListInput = z.object({
  role: z.enum(['enterprise', 'steward', 'liaison', 'unit_admin', 'department', 'district_admin']).optional(),
  unitId: id('单位').optional(),
  status: z.enum(['active', 'disabled']).optional(),
  ...pageInput,
});

export const accountIdInput = z.object({ id: id('账号') });
export const accountSetStatusInput = z.object({ id: id('账号'), status: z.enum(['active', 'disabled']) });

export const accountBindInput = z.object({
  code: z.string({ error: '请输入绑定码' }).trim().min(6, { error: '请输入完整的绑定码' }).max(20, { error: '绑定码格式不正确' }),
  /** Enterprise contacts give their name when they bind; staff accounts already have one. */
  name: personName.optional(),
  phone: phone.optional(),
});

const enterpriseFields = {
  name: z.string({ error: '请填写企业名称' }).trim().min(4, { error: '企业名称至少 4 个字' }).max(60, { error: '企业名称不超过 60 个字' }),
  creditCode,
  industry: z.string({ error: '请填写行业' }).trim().min(2, { error: '请填写行业' }).max(20),
  address: z.string({ error: '请填写地址' }).trim().min(4, { error: '请填写地址' }).max(100),
  unitId: id('属地单位'),
  tags: z.array(z.string().trim().min(1).max(20)).max(10).default([]),
  contactCadenceDays: z.number().int().min(7, { error: '联系周期至少 7 天' }).max(180).default(30),
  visitCadenceDays: z.number().int().min(14, { error: '走访周期至少 14 天' }).max(365).default(90),
};

export const enterpriseCreateInput = z.object({ ...enterpriseFields, stewardId: id('服务管家').optional() });
export const enterpriseUpdateInput = z.object({
  id: id('企业'),
  name: enterpriseFields.name.optional(),
  industry: enterpriseFields.industry.optional(),
  address: enterpriseFields.address.optional(),
  tags: z.array(z.string().trim().min(1).max(20)).max(10).optional(),
  contactCadenceDays: z.number().int().min(7, { error: '联系周期至少 7 天' }).max(180).optional(),
  visitCadenceDays: z.number().int().min(14, { error: '走访周期至少 14 天' }).max(365).optional(),
});
export const enterpriseRemoveInput = z.object({ id: id('企业'), reason: z.string().trim().min(2, { error: '请填写移出原因' }).max(200) });
export const enterpriseListInput = z.object({
  unitId: id('单位').optional(),
  stewardId: id('管家').optional(),
  keyword: z.string().trim().max(30).optional(),
  includeRemoved: z.boolean().default(false),
  ...pageInput,
});
export const enterpriseIdInput = z.object({ id: id('企业') });
export const enterpriseImportInput = z.object({ fileID: z.string({ error: '请先上传 Excel 文件' }).min(1).max(300) });

export const assignInput = z.object({ enterpriseId: id('企业'), stewardId: id('服务管家') });
export const liaisonAttachInput = z.object({ liaisonId: id('联络员'), stewardId: id('服务管家') });

export const handoverCreateInput = z.object({
  fromStewardId: id('原管家'),
  toStewardId: id('接任管家'),
  /** Omitted: every enterprise of the outgoing steward. */
  enterpriseIds: z.array(id('企业')).min(1, { error: '请至少选择一家企业' }).max(200).optional(),
});
export const handoverTaskListInput = z.object({ state: z.enum(['open', 'overdue', 'done']).optional(), ...pageInput });

export const proposalCreateInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('add'),
    name: enterpriseFields.name,
    creditCode,
    industry: enterpriseFields.industry,
    address: enterpriseFields.address,
    reason: z.string({ error: '请填写建议理由' }).trim().min(4, { error: '请写明建议理由' }).max(300),
  }),
  z.object({
    kind: z.literal('remove'),
    enterpriseId: id('企业'),
    reason: z.string({ error: '请填写建议理由' }).trim().min(4, { error: '请写明建议理由' }).max(300),
  }),
]);
export const proposalListInput = z.object({ status: z.enum(['pending', 'approved', 'rejected']).optional(), ...pageInput });
export const proposalDecideInput = z.object({
  id: id('建议'),
  approve: z.boolean(),
  reason: z.string().trim().max(300).default(''),
  /** When approving an addition: the steward to assign, optional. */
  stewardId: id('服务管家').optional(),
});

export const contactCodeIssueInput = z.object({ enterpriseId: id('企业') });
export const enterpriseContactRevokeInput = z.object({ userId: id('联系人') });

export const auditListInput = z.object({
  actorId: id('操作人').optional(),
  action: z.string().trim().max(60).optional(),
  recordId: z.string().trim().max(64).optional(),
  from: z.iso.date({ error: '开始日期格式应为 YYYY-MM-DD' }).optional(),
  to: z.iso.date({ error: '结束日期格式应为 YYYY-MM-DD' }).optional(),
  ...pageInput,
});

export const calendarSetInput = z.object({
  date: z.iso.date({ error: '日期格式应为 YYYY-MM-DD' }),
  /** true: a working day (e.g. a make-up Saturday); false: a day off; null: remove the override. */
  working: z.boolean().nullable(),
  note: z.string().trim().max(50).default(''),
});
export const calendarListInput = z.object({ year: z.number().int().min(2020).max(2100).optional() });
