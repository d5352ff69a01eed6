// The package's UMD build: its ES module build is marked CommonJS and webpack refuses it, so the
// app cannot import src/core/time/working-days.ts; the cloud functions do, and stay the judge.
import { isWorkday } from 'chinese-days/dist/index.min.js';
import { addCalendarDays } from '@/core/time/shanghai';

/**
 * Working days on the device, from the official calendar with its make-up workdays (调休). The
 * district's own corrections live on the server, which checks every date again.
 */
export const isWorkingDay = (date: string): boolean => isWorkday(date);

/** The Nth working day strictly after a date (YYYY-MM-DD). */
export function nthWorkingDayAfter(date: string, n: number): string {
  let day = date;
  for (let left = n, guard = 0; left > 0 && guard < 400; guard++) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}
