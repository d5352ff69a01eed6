import { isWorkday } from 'chinese-days';
import { addCalendarDays, endOfShanghaiDay, shanghaiDate } from './shanghai';

/**
 * Working days follow the official State Council calendar with its make-up workdays (调休), from
 * the `chinese-days` package. Each year's calendar is announced late in the year before, so an
 * admin-maintained override table (date → true for a working day, false for a day off) wins over
 * the package, and covers years the package does not know yet.
 */
export type CalendarOverrides = Readonly<Record<string, boolean>>;

export const isWorkingDay = (date: string, overrides: CalendarOverrides = {}): boolean =>
  date in overrides ? overrides[date] : isWorkday(date);

/** The Nth working day strictly after the given Shanghai date (n ≥ 1). */
export const nthWorkingDayAfter = (date: string, n: number, overrides: CalendarOverrides = {}): string => {
  let day = date;
  let left = n;
  // A bound guards against a broken override table that declares every day a holiday.
  for (let guard = 0; left > 0; guard++) {
    if (guard > 3660) throw new Error('working-day calendar has no working day within ten years');
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day, overrides)) left--;
  }
  return day;
};

/**
 * A deadline of N working days from an instant: the end (Shanghai time) of the Nth working day
 * after the day it happened. Something submitted on Friday evening before a holiday is due at
 * the end of the Nth working day after the holiday.
 */
export const workingDayDeadline = (from: Date, n: number, overrides: CalendarOverrides = {}): Date =>
  endOfShanghaiDay(nthWorkingDayAfter(shanghaiDate(from), n, overrides));

/** The Nth working day strictly before the given Shanghai date (n ≥ 1): e.g. when to remind of a due date. */
export const nthWorkingDayBefore = (date: string, n: number, overrides: CalendarOverrides = {}): string => {
  let day = date;
  let left = n;
  for (let guard = 0; left > 0; guard++) {
    if (guard > 3660) throw new Error('working-day calendar has no working day within ten years');
    day = addCalendarDays(day, -1);
    if (isWorkingDay(day, overrides)) left--;
  }
  return day;
};
