import { addCalendarDays, endOfShanghaiDay, shanghaiDate } from '../time/shanghai';

/**
 * The district's deadline for a year's summaries and the notices around it. The deadline is a
 * Shanghai date: a summary submitted before that day ends is on time.
 */

/** The summary year people mean on a day: the year just ended until the end of February, then this one. */
export const summaryYearOn = (today: string): number => {
  const [year, month] = today.split('-').map(Number);
  return month <= 2 ? year - 1 : year;
};

/** The first moment a summary is late. */
export const deadlineEnd = (deadline: string): Date => new Date(endOfShanghaiDay(deadline).getTime() + 1);

export const isLate = (deadline: string | null | undefined, at: Date): boolean => !!deadline && at.getTime() >= deadlineEnd(deadline).getTime();

/**
 * Notices around a deadline, each sent once per year: two reminders before it and one notice
 * when it has passed. `daysBefore` counts calendar days to the deadline day.
 */
export const SUMMARY_NOTICE_STAGES = [
  { stage: 'remind7', daysBefore: 7, title: '年度总结将于 7 天后截止' },
  { stage: 'remind1', daysBefore: 1, title: '年度总结明天截止' },
  { stage: 'overdue', daysBefore: null, title: '年度总结已逾期未提交' },
] as const;
export type SummaryNoticeStage = (typeof SUMMARY_NOTICE_STAGES)[number]['stage'];

/**
 * The stage due at a moment, or null: the latest one whose time has come. A deadline set late
 * (two days ahead) skips the 7-day reminder rather than sending both at once.
 */
export const dueNoticeStage = (deadline: string, at: Date): SummaryNoticeStage | null => {
  if (isLate(deadline, at)) return 'overdue';
  const today = shanghaiDate(at);
  if (today >= addCalendarDays(deadline, -1)) return 'remind1';
  if (today >= addCalendarDays(deadline, -7)) return 'remind7';
  return null;
};

/** A deadline the district may set: a real date, not already past, within the year after the summary year. */
export const deadlineProblem = (year: number, deadline: string, today: string): string | undefined => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline)) return '请选择截止日期';
  if (deadline < today) return '截止日期不能早于今天';
  if (deadline < `${year}-01-01` || deadline > `${year + 1}-12-31`) return `截止日期须在 ${year} 年至 ${year + 1} 年内`;
  return undefined;
};
