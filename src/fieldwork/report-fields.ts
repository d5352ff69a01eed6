/**
 * The fields of each key-information category (guideline art. 5.5), described once so one small
 * form serves all eight. Labels, limits and wording follow the server's `reportFields` contract
 * (fieldwork.contracts.ts), kept here rather than imported so the pages do not ship zod.
 */
import type { ReportCategory } from '@/core/contracts/fieldwork.fields';

export { REPORT_CATEGORIES, type ReportCategory } from '@/core/contracts/fieldwork.fields';

interface Base {
  key: string;
  label: string;
  placeholder?: string;
}
/** Text the server trims and checks: required with min/max, or optional with a max only. */
export interface TextField extends Base {
  kind: 'text' | 'textarea';
  /** The noun in the server's messages: 请填写{what}（至少 n 个字）, {what}不超过 n 个字. */
  what: string;
  min?: number;
  max: number;
}
export interface NumberField extends Base {
  kind: 'number';
  missing: string;
  max: number;
  negative?: string;
}
export interface ChoiceField extends Base {
  kind: 'choice';
  options: readonly string[];
  missing: string;
}
export interface DateField extends Base {
  kind: 'date';
  what: string;
}
export type ReportField = TextField | NumberField | ChoiceField | DateField;

const text = (key: string, label: string, what: string, min: number | undefined, max: number, placeholder?: string): TextField => ({ kind: max > 100 ? 'textarea' : 'text', key, label, what, min, max, placeholder });
const note = (label = '补充说明'): TextField => ({ kind: 'textarea', key: 'note', label, what: label, max: 500, placeholder: '选填' });
const choice = (key: string, label: string, options: readonly string[], missing: string): ChoiceField => ({ kind: 'choice', key, label, options, missing });
const date = (key: string, label: string, what = label): DateField => ({ kind: 'date', key, label, what });
const amount: NumberField = { kind: 'number', key: 'amount', label: '金额（万元）', missing: '请填写金额（万元）', negative: '金额不能为负数', max: 100_000_000 };

export const REPORT_FIELDS: Record<ReportCategory, ReportField[]> = {
  经营业绩变动: [
    text('period', '统计期', '统计期', 4, 20, '如：2026年三季度'),
    choice('metric', '指标', ['营业收入', '利润', '产值', '纳税', '用工'], '请选择指标'),
    choice('direction', '变动方向', ['增长', '下降'], '请选择变动方向'),
    { kind: 'number', key: 'changePercent', label: '变动幅度（%）', missing: '请填写变动幅度', negative: '变动幅度不能为负数', max: 10000 },
    note(),
  ],
  重大投融资计划及进展: [
    choice('kind', '类型', ['投资', '融资'], '请选择投资或融资'),
    amount,
    choice('stage', '进展阶段', ['计划', '洽谈', '签约', '落地', '完成'], '请选择进展阶段'),
    text('counterpart', '投资方或合作方', '投资方或合作方', undefined, 100, '选填'),
    note(),
  ],
  新产品和研发重大进展: [
    text('product', '产品或项目', '产品或项目', 2, 100),
    choice('stage', '阶段', ['研发', '试产', '获批', '上市'], '请选择阶段'),
    text('significance', '意义', '意义', 4, 500, '如：打破国外垄断、进入头部客户供应链'),
  ],
  '董事会/发布会等重大活动': [
    choice('eventType', '活动类型', ['董事会', '股东会', '发布会', '签约仪式', '其他'], '请选择活动类型'),
    date('date', '活动日期'),
    text('summary', '活动内容', '活动内容', 4, 500),
  ],
  企业迁入迁出: [
    choice('direction', '迁入或迁出', ['迁入', '迁出'], '请选择迁入或迁出'),
    text('place', '迁入来源地或迁出目的地', '迁入来源地或迁出目的地', 2, 100, '如：江苏省苏州市'),
    choice('scope', '整体或部分', ['整体', '部分'], '请选择整体或部分'),
    date('expectedDate', '预计时间'),
    text('reason', '原因', '原因', 4, 500),
  ],
  企业政策享受: [
    text('policyName', '政策名称', '政策名称', 2, 100),
    amount,
    choice('status', '状态', ['申报中', '已获批', '已兑现'], '请选择状态'),
  ],
  外省市领导来访调研: [
    text('province', '来访省市', '来访省市', 2, 30, '如：浙江省嘉兴市'),
    text('leaders', '来访领导', '来访领导', 2, 200),
    date('date', '来访日期'),
    text('topics', '调研内容', '调研内容', 4, 500),
  ],
  所处行业发展动态: [
    text('trend', '行业动态', '行业动态', 4, 500),
    choice('impact', '对企业的影响', ['利好', '利空', '中性'], '请选择影响'),
  ],
};

export type ReportValues = Record<string, string>;
export type ReportErrors = Record<string, string>;

function fieldError(field: ReportField, raw: string): string | undefined {
  const value = raw.trim();
  switch (field.kind) {
    case 'text':
    case 'textarea':
      if (field.min !== undefined && value.length < field.min) return `请填写${field.what}（至少 ${field.min} 个字）`;
      if (value.length > field.max) return `${field.what}不超过 ${field.max} 个字`;
      return undefined;
    case 'number': {
      if (value === '' || Number.isNaN(Number(value))) return field.missing;
      if (Number(value) < 0) return field.negative;
      if (Number(value) > field.max) return `${field.label.replace(/（.*）/, '')}不超过 ${field.max}`;
      return undefined;
    }
    case 'choice':
      return field.options.includes(value) ? undefined : field.missing;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : `请选择${field.what}`;
  }
}

/** The device check, in the server's words. */
export function validateReport(category: ReportCategory, values: ReportValues): ReportErrors {
  const errors: ReportErrors = {};
  for (const field of REPORT_FIELDS[category]) {
    const problem = fieldError(field, values[field.key] ?? '');
    if (problem) errors[field.key] = problem;
  }
  return errors;
}

/** What `report.create` takes as `fields`: trimmed text, numbers as numbers. */
export function reportPayload(category: ReportCategory, values: ReportValues): Record<string, unknown> {
  return Object.fromEntries(
    REPORT_FIELDS[category].map((field) => {
      const value = (values[field.key] ?? '').trim();
      return [field.key, field.kind === 'number' ? Number(value) : value];
    }),
  );
}
