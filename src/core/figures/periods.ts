import { invalid } from '../errors';
import { addCalendarDays } from '../time/shanghai';

/**
 * Reporting periods on Shanghai calendar dates. A period is a closed range of plain dates
 * (YYYY-MM-DD, inclusive at both ends); an event belongs to it when its Shanghai date does, so
 * an event at 23:30 UTC on 31 Oct belongs to November. Weeks run Monday to Sunday.
 */
export const PERIOD_KINDS = ['week', 'month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { week: '周', month: '月', quarter: '季度', year: '年', custom: '自定义' };

export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

/** Custom periods up to three years: longer ones are not a report anybody reads, and would sum too many rows. */
export const MAX_CUSTOM_DAYS = 3 * 366;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];
const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday

export const isPlainDate = (date: string) => DATE.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;

export const daysBetweenInclusive = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** The week, month, quarter or year that contains a Shanghai date. */
export const periodContaining = (kind: Exclude<PeriodKind, 'custom'>, date: string): Period => {
  const [y, m] = parts(date);
  switch (kind) {
    case 'week': {
      const from = addCalendarDays(date, -((weekday(date) + 6) % 7));
      return { kind, from, to: addCalendarDays(from, 6) };
    }
    case 'month':
      return { kind, from: isoDate(y, m, 1), to: isoDate(y, m, daysInMonth(y, m)) };
    case 'quarter': {
      const first = m - ((m - 1) % 3);
      return { kind, from: isoDate(y, first, 1), to: isoDate(y, first + 2, daysInMonth(y, first + 2)) };
    }
    case 'year':
      return { kind, from: `${y}-01-01`, to: `${y}-12-31` };
  }
};

export const customPeriod = (from: string, to: string): Period => {
  if (!isPlainDate(from) || !isPlainDate(to)) throw invalid('请选择有效的起止日期', { from: '日期格式应为 YYYY-MM-DD' });
  if (from > to) throw invalid('开始日期应不晚于结束日期', { to: '结束日期应不早于开始日期' });
  if (daysBetweenInclusive(from, to) > MAX_CUSTOM_DAYS) throw invalid('自定义统计期最长 3 年，请缩短范围', { to: '统计期过长' });
  return { kind: 'custom', from, to };
};

/** The period just before: the previous week/month/quarter/year, or a custom range of the same length. */
export const previousPeriod = (p: Period): Period =>
  p.kind === 'custom'
    ? { kind: 'custom', from: addCalendarDays(p.from, -daysBetweenInclusive(p.from, p.to)), to: addCalendarDays(p.from, -1) }
    : periodContaining(p.kind, addCalendarDays(p.from, -1));

/** The same period one year earlier (同比). */
export const samePeriodLastYear = (p: Period): Period => {
  const [y, m, d] = parts(p.from);
  const from = isoDate(y - 1, m, Math.min(d, daysInMonth(y - 1, m)));
  if (p.kind !== 'custom') return periodContaining(p.kind, p.kind === 'week' ? addCalendarDays(p.from, -364) : from);
  const [ty, tm, td] = parts(p.to);
  return { kind: 'custom', from, to: isoDate(ty - 1, tm, Math.min(td, daysInMonth(ty - 1, tm))) };
};

/** The instants that bound a period in Shanghai time: [start, end). */
export const periodBounds = (p: Period): { start: Date; end: Date } => ({
  start: new Date(`${p.from}T00:00:00+08:00`),
  end: new Date(`${addCalendarDays(p.to, 1)}T00:00:00+08:00`),
});

export const containsDate = (p: Period, date: string) => date >= p.from && date <= p.to;

const md = (date: string) => `${parts(date)[1]}月${parts(date)[2]}日`;

/** How people name the period: 2025年11月, 2025年第四季度, 2025年11月17日—11月23日. */
export const periodLabel = (p: Period): string => {
  const [y, m] = parts(p.from);
  switch (p.kind) {
    case 'month':
      return `${y}年${m}月`;
    case 'quarter':
      return `${y}年第${'一二三四'[(m - 1) / 3]}季度`;
    case 'year':
      return `${y}年`;
    default:
      return parts(p.to)[0] === y ? `${y}年${md(p.from)}—${md(p.to)}` : `${y}年${md(p.from)}—${parts(p.to)[0]}年${md(p.to)}`;
  }
};

/** The short name used in running text: 11月, 第四季度, 本周. */
export const periodShortLabel = (p: Period): string => (p.kind === 'month' ? `${parts(p.from)[1]}月` : p.kind === 'quarter' ? periodLabel(p).slice(5) : periodLabel(p));

/** "上月", "上季度", … for comparisons in the bulletin text. */
export const PREVIOUS_LABELS: Record<PeriodKind, string> = { week: '上周', month: '上月', quarter: '上季度', year: '上年', custom: '上一统计期' };

export const monthKeyOf = (date: string) => date.slice(0, 7);

/**
 * The fewest rollup rows that cover a period exactly: whole calendar months inside it by their
 * month rows, the ragged ends by day rows. A year is 12 rows, a month 1, a week at most 7.
 */
export const rollupCover = (p: Period): { months: string[]; days: string[] } => {
  const months: string[] = [];
  const days: string[] = [];
  for (let day = p.from; day <= p.to; ) {
    const [y, m, d] = parts(day);
    const monthEnd = isoDate(y, m, daysInMonth(y, m));
    if (d === 1 && monthEnd <= p.to) {
      months.push(monthKeyOf(day));
      day = addCalendarDays(monthEnd, 1);
    } else {
      days.push(day);
      day = addCalendarDays(day, 1);
    }
  }
  return { months, days };
};
