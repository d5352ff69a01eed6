import { z } from 'zod';
import { pageInput } from './demand.contracts';

const id = (what: string) => z.string({ error: `缺少${what}` }).min(1, { error: `缺少${what}` }).max(64);
const text = (what: string, min: number, max: number) =>
  z.string({ error: `请填写${what}` }).trim().min(min, { error: `请填写${what}（至少 ${min} 个字）` }).max(max, { error: `${what}不超过 ${max} 个字` });
const date = (what: string) => z.iso.date({ error: `请选择${what}` });
const amount = z.number({ error: '请填写金额（万元）' }).min(0, { error: '金额不能为负数' }).max(100_000_000);

/** The eight key-information categories of guideline art. 5.5, each with the fields it needs. */
export const REPORT_CATEGORIES = ['经营业绩变动', '重大投融资计划及进展', '新产品和研发重大进展', '董事会/发布会等重大活动', '企业迁入迁出', '企业政策享受', '外省市领导来访调研', '所处行业发展动态'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export const reportFields = {
  经营业绩变动: z.object({ period: text('统计期', 4, 20), metric: z.enum(['营业收入', '利润', '产值', '纳税', '用工'], { error: '请选择指标' }), direction: z.enum(['增长', '下降'], { error: '请选择变动方向' }), changePercent: z.number({ error: '请填写变动幅度' }).min(0).max(10000), note: z.string().trim().max(500).default('') }),
  重大投融资计划及进展: z.object({ kind: z.enum(['投资', '融资'], { error: '请选择投资或融资' }), amount, stage: z.enum(['计划', '洽谈', '签约', '落地', '完成'], { error: '请选择进展阶段' }), counterpart: z.string().trim().max(100).default(''), note: z.string().trim().max(500).default('') }),
  新产品和研发重大进展: z.object({ product: text('产品或项目', 2, 100), stage: z.enum(['研发', '试产', '获批', '上市'], { error: '请选择阶段' }), significance: text('意义', 4, 500) }),
  '董事会/发布会等重大活动': z.object({ eventType: z.enum(['董事会', '股东会', '发布会', '签约仪式', '其他'], { error: '请选择活动类型' }), date: date('活动日期'), summary: text('活动内容', 4, 500) }),
  企业迁入迁出: z.object({ direction: z.enum(['迁入', '迁出'], { error: '请选择迁入或迁出' }), place: text('迁入来源地或迁出目的地', 2, 100), scope: z.enum(['整体', '部分'], { error: '请选择整体或部分' }), expectedDate: date('预计时间'), reason: text('原因', 4, 500) }),
  企业政策享受: z.object({ policyName: text('政策名称', 2, 100), amount, status: z.enum(['申报中', '已获批', '已兑现'], { error: '请选择状态' }) }),
  外省市领导来访调研: z.object({ province: text('来访省市', 2, 30), leaders: text('来访领导', 2, 200), date: date('来访日期'), topics: text('调研内容', 4, 500) }),
  所处行业发展动态: z.object({ trend: text('行业动态', 4, 500), impact: z.enum(['利好', '利空', '中性'], { error: '请选择影响' }) }),
} satisfies Record<ReportCategory, z.ZodType>;

export const reportCreateInput = z.discriminatedUnion(
  'category',
  REPORT_CATEGORIES.map((category) => z.object({ category: z.literal(category), enterpriseId: id('企业'), fields: reportFields[category] })) as unknown as [
    z.ZodObject<{ category: z.ZodLiteral<ReportCategory>; enterpriseId: z.ZodString; fields: z.ZodType }>,
  ],
  { error: '请选择信息类别' },
);

export const reportListInput = z.object({
  category: z.enum(REPORT_CATEGORIES).optional(),
  unitId: id('单位').optional(),
  enterpriseId: id('企业').optional(),
  riskOnly: z.boolean().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  ...pageInput,
});
export const reportExportInput = reportListInput.omit({ page: true, pageSize: true });

export const promiseInput = z.object({ content: text('承诺事项', 4, 300), owner: text('责任单位或责任人', 2, 50), dueDate: date('完成时限') });
export const researchRecordInput = z.object({
  enterpriseId: id('企业'),
  date: date('调研日期'),
  leaders: text('调研领导', 2, 200),
  accompanying: z.string().trim().max(200).default(''),
  topics: text('调研内容', 4, 1000),
  promises: z.array(promiseInput).max(20).default([]),
});
export const researchListInput = z.object({ openOnly: z.boolean().optional(), enterpriseId: id('企业').optional(), ...pageInput });
export const researchClosePromiseInput = z.object({ visitId: id('调研记录'), promiseId: id('承诺事项'), outcome: text('办理结果', 4, 500) });
export const researchFollowUpInput = z.object({ visitId: id('调研记录'), note: text('回访情况', 4, 500) });

export const policyCreateInput = z.object({
  title: text('政策名称', 4, 100),
  summary: text('政策要点', 10, 1000),
  issuer: text('发布单位', 2, 50),
  validFrom: date('生效日期'),
  validTo: date('截止日期'),
  industries: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
  tags: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
  link: z.string().trim().url({ error: '链接格式不正确' }).max(300).optional(),
  attachmentFileId: z.string().min(1).max(300).optional(),
}).refine((p) => p.validTo >= p.validFrom, { path: ['validTo'], message: '截止日期不能早于生效日期' });
export const policyListInput = z.object({ keyword: z.string().trim().max(30).optional(), includeExpired: z.boolean().default(false), ...pageInput });
export const policyPromoteInput = z.object({ policyId: id('政策'), enterpriseId: id('企业'), intendsToApply: z.boolean({ error: '请选择企业是否有意申报' }), note: z.string().trim().max(300).default('') });
export const promotionListInput = z.object({ enterpriseId: id('企业').optional(), policyId: id('政策').optional(), ...pageInput });

export const CONTACT_CHANNELS = ['电话', '微信', '上门', '邮件', '座谈'] as const;
export const preferencesInput = z.object({
  channels: z.array(z.enum(CONTACT_CHANNELS)).min(1, { error: '请至少选择一种联系方式' }).max(5),
  quietPeriods: z.string().trim().max(200, { error: '不超过 200 个字' }).default(''),
  note: z.string().trim().max(200, { error: '不超过 200 个字' }).default(''),
});

export const contactUpdateInput = z.object({
  id: id('联系记录'),
  who: text('联系对象', 2, 100).optional(),
  topics: text('沟通内容', 4, 500).optional(),
  outcome: text('联系成效', 2, 500).optional(),
  nextStep: z.string().trim().max(300).optional(),
});

export const cadenceListInput = z.object({ state: z.enum(['overdue', 'due_soon', 'ok']).optional(), ...pageInput });
