import { addCalendarDays } from './shanghai';

/**
 * A year's official holiday schedule as the State Council publishes it each winter: holiday
 * ranges (放假) and the weekend days worked in exchange (调休上班). The district enters it in one
 * form; it is kept as calendar overrides marked with the year.
 */
export const SCHEDULE_KINDS = ['holiday', 'workday'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];
export const SCHEDULE_KIND_LABELS: Record<ScheduleKind, string> = { holiday: '放假', workday: '调休上班' };

export interface ScheduleEntry {
  kind: ScheduleKind;
  from: string;
  to: string;
  /** The festival, e.g. 春节 (optional). */
  name: string;
}

export const SCHEDULE_LIMITS = { maxEntries: 40, maxHolidayDays: 15, maxNameLength: 12 } as const;

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string) => weekday(date) === 0 || weekday(date) === 6;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
export const weekdayLabel = (date: string) => WEEKDAYS[weekday(date)];

/** Every date of an entry, in order. */
export const entryDates = (e: Pick<ScheduleEntry, 'from' | 'to'>): string[] => {
  const dates: string[] = [];
  for (let d = e.from; d <= e.to && dates.length <= 366; d = addCalendarDays(d, 1)) dates.push(d);
  return dates;
};

/**
 * What is wrong with a year's schedule, by field path (`entries.2.to`), in the words the form
 * shows. A schedule may reach back into the December before (元旦 sometimes starts on 31 Dec),
 * never into the year after.
 */
export const scheduleProblems = (year: number, entries: readonly ScheduleEntry[]): Record<string, string> => {
  const problems: Record<string, string> = {};
  const earliest = `${year - 1}-12-01`;
  const latest = `${year}-12-31`;
  if (!entries.some((e) => e.kind === 'holiday')) problems.entries = `请至少填写一段${year}年的放假安排`;
  const taken = new Map<string, number>();
  entries.forEach((e, i) => {
    const at = (field: string, message: string) => (problems[`entries.${i}.${field}`] ??= message);
    if (e.to < e.from) return at('to', '结束日期不能早于开始日期');
    if (e.from < earliest || e.to > latest) return at('from', `日期应在${year}年内（元旦可从上一年12月开始）`);
    const dates = entryDates(e);
    if (e.kind === 'holiday' && dates.length > SCHEDULE_LIMITS.maxHolidayDays) return at('to', `一段放假不超过 ${SCHEDULE_LIMITS.maxHolidayDays} 天`);
    const weekdayWorked = e.kind === 'workday' ? dates.find((d) => !isWeekend(d)) : undefined;
    if (weekdayWorked) return at('from', `${weekdayWorked}是${weekdayLabel(weekdayWorked)}，调休上班应为周六或周日`);
    const clash = dates.find((d) => taken.has(d));
    if (clash) return at('from', `${clash}与第 ${taken.get(clash)! + 1} 条重复`);
    dates.forEach((d) => taken.set(d, i));
  });
  return problems;
};

/** The overrides a schedule stands for: one per day, a holiday off, a make-up day worked. */
export const scheduleDays = (entries: readonly ScheduleEntry[]): Array<{ date: string; working: boolean; note: string }> =>
  entries.flatMap((e) => entryDates(e).map((date) => ({ date, working: e.kind === 'workday', note: `${e.name ? `${e.name}` : ''}${e.kind === 'workday' ? '调休上班' : '放假'}` })));
