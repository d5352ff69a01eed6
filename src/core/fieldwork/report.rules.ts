import type { ReportCategory } from '../contracts/fieldwork.contracts';

type Fields = Record<string, unknown>;

/**
 * Signals the unit and district must hear about at once: an enterprise planning to move out,
 * and leaders from another province courting it.
 */
export const reportRisk = (category: ReportCategory, f: Fields): string | null => {
  if (category === '企业迁入迁出' && f.direction === '迁出') return `企业计划${f.scope}迁出至${f.place}`;
  if (category === '外省市领导来访调研') return `${f.province}领导来访调研`;
  return null;
};

/** One line in plain words for lists and exports. */
export const reportSummary = (category: ReportCategory, f: Fields): string => {
  switch (category) {
    case '经营业绩变动':
      return `${f.period}${f.metric}${f.direction}${f.changePercent}%`;
    case '重大投融资计划及进展':
      return `${f.kind}${f.amount}万元，${f.stage}${f.counterpart ? `（${f.counterpart}）` : ''}`;
    case '新产品和研发重大进展':
      return `${f.product}：${f.stage}`;
    case '董事会/发布会等重大活动':
      return `${f.date} ${f.eventType}：${f.summary}`;
    case '企业迁入迁出':
      return `${f.direction}（${f.scope}）${f.direction === '迁出' ? '至' : '自'}${f.place}，预计${f.expectedDate}`;
    case '企业政策享受':
      return `${f.policyName}：${f.status}，${f.amount}万元`;
    case '外省市领导来访调研':
      return `${f.date} ${f.province}${f.leaders}来访`;
    case '所处行业发展动态':
      return `${f.impact}：${f.trend}`;
  }
};
