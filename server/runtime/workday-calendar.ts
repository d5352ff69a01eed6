import calendar from 'chinese-days/dist/chinese-days.json';

/**
 * `chinese-days`'s isWorkday and getHolidaysInRange (the two the code imports), answered from the
 * package's own data file. The cloud functions are
 * built with this module in place of the package (scripts/build-functions.mjs): the package builds
 * its tables when it loads, which every cold start of a function paid for, while a lookup in its
 * data needs nothing built. A test checks both give the same answer for every day of the years the
 * package knows and the years around them.
 */
const { holidays, workdays } = calendar as { holidays: Record<string, string>; workdays: Record<string, string> };

export const isWorkday = (date: string): boolean => {
  if (date in holidays) return false;
  if (date in workdays) return true;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
};

const DAY = 86_400_000;

/** The days from `start` to `end` (both included, YYYY-MM-DD) that are off: all of them, or only official holidays. */
export const getHolidaysInRange = (start: string, end: string, includeWeekends = true): string[] => {
  const days: string[] = [];
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`); t += DAY) {
    const date = new Date(t).toISOString().slice(0, 10);
    if (includeWeekends ? !isWorkday(date) : date in holidays) days.push(date);
  }
  return days;
};
