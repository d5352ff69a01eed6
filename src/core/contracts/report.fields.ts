import type { ReportCategory } from './fieldwork.fields';
import { textProblem, textRule } from './text-rule';

/**
 * The fields of each key-information category (guideline art. 5.5), as plain data: the contract
 * (fieldwork.contracts.ts) builds each category's schema from it, and the report form draws and
 * checks its fields with it. A text without `min` is optional.
 */
export type ReportFieldRule =
  | { kind: 'text'; key: string; label: string; min?: number; max: number }
  | { kind: 'number'; key: string; label: string; missing: string; negative: string; max: number }
  | { kind: 'choice'; key: string; label: string; options: readonly string[]; missing: string }
  | { kind: 'date'; key: string; label: string };

const text = (key: string, label: string, min: number | undefined, max: number): ReportFieldRule => ({ kind: 'text', key, label, min, max });
const note: ReportFieldRule = { kind: 'text', key: 'note', label: '补充说明', max: 500 };
const choice = (key: string, label: string, options: readonly string[], missing: string): ReportFieldRule => ({ kind: 'choice', key, label, options, missing });
const date = (key: string, label: string): ReportFieldRule => ({ kind: 'date', key, label });
const amount: ReportFieldRule = { kind: 'number', key: 'amount', label: '金额（万元）', missing: '请填写金额（万元）', negative: '金额不能为负数', max: 100_000_000 };

export const REPORT_FIELD_RULES: Record<ReportCategory, ReportFieldRule[]> = {
  经营业绩变动: [
    text('period', '统计期', 4, 20),
    choice('metric', '指标', ['营业收入', '利润', '产值', '纳税', '用工'], '请选择指标'),
    choice('direction', '变动方向', ['增长', '下降'], '请选择变动方向'),
    { kind: 'number', key: 'changePercent', label: '变动幅度（%）', missing: '请填写变动幅度', negative: '变动幅度不能为负数', max: 10000 },
    note,
  ],
  重大投融资计划及进展: [
    choice('kind', '类型', ['投资', '融资'], '请选择投资或融资'),
    amount,
    choice('stage', '进展阶段', ['计划', '洽谈', '签约', '落地', '完成'], '请选择进展阶段'),
    text('counterpart', '投资方或合作方', undefined, 100),
    note,
  ],
  新产品和研发重大进展: [
    text('product', '产品或项目', 2, 100),
    choice('stage', '阶段', ['研发', '试产', '获批', '上市'], '请选择阶段'),
    text('significance', '意义', 4, 500),
  ],
  '董事会/发布会等重大活动': [
    choice('eventType', '活动类型', ['董事会', '股东会', '发布会', '签约仪式', '其他'], '请选择活动类型'),
    date('date', '活动日期'),
    text('summary', '活动内容', 4, 500),
  ],
  企业迁入迁出: [
    choice('direction', '迁入或迁出', ['迁入', '迁出'], '请选择迁入或迁出'),
    text('place', '迁入来源地或迁出目的地', 2, 100),
    choice('scope', '整体或部分', ['整体', '部分'], '请选择整体或部分'),
    date('expectedDate', '预计时间'),
    text('reason', '原因', 4, 500),
  ],
  企业政策享受: [text('policyName', '政策名称', 2, 100), amount, choice('status', '状态', ['申报中', '已获批', '已兑现'], '请选择状态')],
  外省市领导来访调研: [text('province', '来访省市', 2, 30), text('leaders', '来访领导', 2, 200), date('date', '来访日期'), text('topics', '调研内容', 4, 500)],
  所处行业发展动态: [text('trend', '行业动态', 4, 500), choice('impact', '对企业的影响', ['利好', '利空', '中性'], '请选择影响')],
};

export const reportTextRule = (field: Extract<ReportFieldRule, { kind: 'text' }>) => textRule(field.label, field.min ?? 0, field.max);
export const numberTooLarge = (field: Extract<ReportFieldRule, { kind: 'number' }>) => `${field.label.replace(/（.*）/, '')}不超过 ${field.max}`;

/** What is wrong with one typed value, in the contract's words, or undefined. */
export function reportFieldProblem(field: ReportFieldRule, raw: string): string | undefined {
  const value = raw.trim();
  switch (field.kind) {
    case 'text':
      return textProblem(value, reportTextRule(field));
    case 'number':
      if (value === '' || Number.isNaN(Number(value))) return field.missing;
      if (Number(value) < 0) return field.negative;
      return Number(value) > field.max ? numberTooLarge(field) : undefined;
    case 'choice':
      return field.options.includes(value) ? undefined : field.missing;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : `请选择${field.label}`;
  }
}
