import { z } from 'zod';
import { CONTACT_TEXT } from './contact.fields';
import { date, id, optionalText, pageInput, text } from './common.contracts';
import {
  CHIP_MAX_LENGTH,
  CONTACT_CHANNELS,
  FOLLOW_UP_NOTE,
  MAX_CHIPS,
  MAX_PROMISES,
  POLICY_DATES_MESSAGE,
  POLICY_LINK_MAX,
  POLICY_LINK_MESSAGE,
  POLICY_TEXT,
  PREFERENCE_MESSAGES,
  PREFERENCE_NOTE_MAX,
  PROMISE_OUTCOME,
  PROMISE_TEXT,
  REPORT_CATEGORIES,
  RESEARCH_TEXT,
  type ReportCategory,
} from './fieldwork.fields';
import { textRule } from './text-rule';

export type { ReportCategory } from './fieldwork.fields';

const amount = z.number({ error: '请填写金额（万元）' }).min(0, { error: '金额不能为负数' }).max(100_000_000);
const words = (label: string, min: number, max: number) => text(textRule(label, min, max));
const note = z.string().trim().max(500).default('');

export const reportFields = {
  经营业绩变动: z.object({ period: words('统计期', 4, 20), metric: z.enum(['营业收入', '利润', '产值', '纳税', '用工'], { error: '请选择指标' }), direction: z.enum(['增长', '下降'], { error: '请选择变动方向' }), changePercent: z.number({ error: '请填写变动幅度' }).min(0).max(10000), note }),
  重大投融资计划及进展: z.object({ kind: z.enum(['投资', '融资'], { error: '请选择投资或融资' }), amount, stage: z.enum(['计划', '洽谈', '签约', '落地', '完成'], { error: '请选择进展阶段' }), counterpart: z.string().trim().max(100).default(''), note }),
  新产品和研发重大进展: z.object({ product: words('产品或项目', 2, 100), stage: z.enum(['研发', '试产', '获批', '上市'], { error: '请选择阶段' }), significance: words('意义', 4, 500) }),
  '董事会/发布会等重大活动': z.object({ eventType: z.enum(['董事会', '股东会', '发布会', '签约仪式', '其他'], { error: '请选择活动类型' }), date: date('活动日期'), summary: words('活动内容', 4, 500) }),
  企业迁入迁出: z.object({ direction: z.enum(['迁入', '迁出'], { error: '请选择迁入或迁出' }), place: words('迁入来源地或迁出目的地', 2, 100), scope: z.enum(['整体', '部分'], { error: '请选择整体或部分' }), expectedDate: date('预计时间'), reason: words('原因', 4, 500) }),
  企业政策享受: z.object({ policyName: words('政策名称', 2, 100), amount, status: z.enum(['申报中', '已获批', '已兑现'], { error: '请选择状态' }) }),
  外省市领导来访调研: z.object({ province: words('来访省市', 2, 30), leaders: words('来访领导', 2, 200), date: date('来访日期'), topics: words('调研内容', 4, 500) }),
  所处行业发展动态: z.object({ trend: words('行业动态', 4, 500), impact: z.enum(['利好', '利空', '中性'], { error: '请选择影响' }) }),
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

export const promiseInput = z.object({ content: text(PROMISE_TEXT.content), owner: text(PROMISE_TEXT.owner), dueDate: date('完成时限') });
export const researchRecordInput = z.object({
  enterpriseId: id('企业'),
  date: date('调研日期'),
  leaders: text(RESEARCH_TEXT.leaders),
  accompanying: optionalText(RESEARCH_TEXT.accompanying),
  topics: text(RESEARCH_TEXT.topics),
  promises: z.array(promiseInput).max(MAX_PROMISES).default([]),
});
export const researchListInput = z.object({ openOnly: z.boolean().optional(), enterpriseId: id('企业').optional(), ...pageInput });
export const researchClosePromiseInput = z.object({ visitId: id('调研记录'), promiseId: id('承诺事项'), outcome: text(PROMISE_OUTCOME) });
export const researchFollowUpInput = z.object({ visitId: id('调研记录'), note: text(FOLLOW_UP_NOTE) });

const chips = z.array(z.string().trim().min(1).max(CHIP_MAX_LENGTH)).max(MAX_CHIPS).default([]);
export const policyCreateInput = z
  .object({
    title: text(POLICY_TEXT.title),
    summary: text(POLICY_TEXT.summary),
    issuer: text(POLICY_TEXT.issuer),
    validFrom: date('生效日期'),
    validTo: date('截止日期'),
    industries: chips,
    tags: chips,
    link: z.string().trim().url({ error: POLICY_LINK_MESSAGE }).max(POLICY_LINK_MAX, { error: POLICY_LINK_MESSAGE }).optional(),
    attachmentFileId: z.string().min(1).max(300).optional(),
  })
  .refine((p) => p.validTo >= p.validFrom, { path: ['validTo'], message: POLICY_DATES_MESSAGE });
export const policyListInput = z.object({ keyword: z.string().trim().max(30).optional(), includeExpired: z.boolean().default(false), ...pageInput });
export const policyPromoteInput = z.object({ policyId: id('政策'), enterpriseId: id('企业'), intendsToApply: z.boolean({ error: '请选择企业是否有意申报' }), note: z.string().trim().max(300).default('') });
export const promotionListInput = z.object({ enterpriseId: id('企业').optional(), policyId: id('政策').optional(), ...pageInput });

const preferenceText = z.string().trim().max(PREFERENCE_NOTE_MAX, { error: PREFERENCE_MESSAGES.tooLong }).default('');
export const preferencesInput = z.object({
  channels: z.array(z.enum(CONTACT_CHANNELS)).min(1, { error: PREFERENCE_MESSAGES.noChannel }).max(CONTACT_CHANNELS.length),
  quietPeriods: preferenceText,
  note: preferenceText,
});

/** Corrects one's own contact record within 24 hours; only the fields given change. */
export const contactUpdateInput = z.object({
  id: id('联系记录'),
  who: text(CONTACT_TEXT.who).optional(),
  topics: text(CONTACT_TEXT.topics).optional(),
  outcome: text(CONTACT_TEXT.outcome).optional(),
  nextStep: text(CONTACT_TEXT.nextStep).optional(),
});

export const cadenceListInput = z.object({ state: z.enum(['overdue', 'due_soon', 'ok']).optional(), ...pageInput });
