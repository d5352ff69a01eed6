import type { CounterKey } from './counters';

/** How a figure is computed from the counters; written as data so its evidence is known too. */
export type FigureFormula =
  | { kind: 'count'; of: readonly CounterKey[] }
  /** num ÷ den, shown as a percentage; null when den is 0. */
  | { kind: 'ratio'; num: readonly CounterKey[]; den: readonly CounterKey[] }
  /** num ÷ den, shown as a plain number (e.g. contacts per steward); null when den is 0. */
  | { kind: 'average'; num: readonly CounterKey[]; den: readonly CounterKey[] }
  /** The median of the handling-day histogram. */
  | { kind: 'median' };

export type FigureUnit = 'count' | 'ratio' | 'average' | 'days';

export const FIGURE_GROUPS = ['demand', 'timeliness', 'satisfaction', 'service', 'onboarding', 'handover', 'reports', 'research', 'policy', 'spotCheck'] as const;
export type FigureGroup = (typeof FIGURE_GROUPS)[number];
export const FIGURE_GROUP_LABELS: Record<FigureGroup, string> = {
  demand: '诉求办理',
  timeliness: '办理时效',
  satisfaction: '企业满意度',
  service: '服务覆盖',
  onboarding: '企业入驻',
  handover: '管家交接',
  reports: '信息报送',
  research: '调研回访',
  policy: '政策推送',
  spotCheck: '周抽查',
};

export interface FigureDefinition {
  key: string;
  /** The name people read, e.g. 按时办结率. */
  label: string;
  group: FigureGroup;
  unit: FigureUnit;
  /** The measure word after a count or average: 件, 家, 次, 条, 项, 人, 次/人. */
  measure?: string;
  /** Which way is good, for trend arrows, rankings and red flags. */
  better: 'higher' | 'lower' | 'neutral';
  /** The 口径: the definition shown beside the figure in the app and in exports. */
  definition: string;
  formula: FigureFormula;
}

/** The counters a figure is computed from: what its evidence drill-down lists. */
export const evidenceKeys = (f: FigureDefinition): CounterKey[] => {
  switch (f.formula.kind) {
    case 'count':
      return [...f.formula.of];
    case 'ratio':
    case 'average':
      return [...new Set([...f.formula.num, ...f.formula.den])];
    case 'median':
      return ['handlingDaysCount'];
  }
};

/** The sentence every on-time rate shares, so the rule is written once. */
export const ON_TIME_RULE =
  '按时率 = 按时完成次数 ÷（按时完成次数 + 逾期次数）。每次只计一次：期限内完成的，于完成之日计入；期限已过仍未完成或逾期后才完成的，于期限当日计为逾期。期限按工作日计算，遵循国务院节假日安排及调休。';

/** The sentence every stock figure shares. */
export const SNAPSHOT_RULE = '取统计期最后一天的状态（统计期未结束的，取当前状态）。';
