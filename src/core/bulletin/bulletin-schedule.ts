import { addCalendarDays } from '../time/shanghai';
import { isWorkingDay, type CalendarOverrides } from '../time/working-days';

/**
 * When the monthly bulletin (月通报) is due: on the first working day of a month (the official
 * calendar with its 调休 and the district's overrides), for the month before. A month whose
 * first days are a holiday (the Spring Festival, National Day) gets its bulletin when work resumes.
 */
export const firstWorkingDayOfMonth = (month: string, overrides: CalendarOverrides = {}): string => {
  let day = `${month}-01`;
  while (!isWorkingDay(day, overrides)) day = addCalendarDays(day, 1);
  return day;
};

/** The month before a YYYY-MM month. */
export const previousMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/**
 * The month whose bulletin is due on this Shanghai date: the month before, from the month's first
 * working day on, on working days only. A timer that was down on the first working day writes it
 * the next working morning it runs; the job's claim keeps it to one bulletin a month.
 */
export const bulletinMonthDue = (today: string, overrides: CalendarOverrides = {}): string | null =>
  isWorkingDay(today, overrides) && today >= firstWorkingDayOfMonth(today.slice(0, 7), overrides) ? previousMonth(today.slice(0, 7)) : null;
