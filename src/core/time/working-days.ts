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

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A day's number (days since 1970-01-01) and back. */
const dayNumber = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const yearOfDay = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

/** How far the searches look before deciding the calendar is broken (every day declared a holiday). */
const SEARCH_DAYS = 3661;

/**
 * One year of a calendar as running counts: `before[i]` is how many of the year's days before its
 * i-th are working days. Deadlines and figures ask thousands of working-day questions per call
 * (every stage of every demand); with the counts each is a subtraction or a binary search instead
 * of a walk day by day. Kept per override table content and year: every request loads the table
 * afresh (a new object each time), and rebuilding a year costs about a millisecond.
 */
interface YearDays {
  first: number;
  before: Int32Array;
}
/** A few tables at once: the current one, and those a test or an edit just replaced. */
const KEPT_TABLES = 8;
const tables = new Map<string, Map<number, YearDays>>();
const contentKeys = new WeakMap<CalendarOverrides, string>();

/** The table's content as text (a few dozen dates), computed once per table object. */
const contentKey = (overrides: CalendarOverrides): string => {
  let key = contentKeys.get(overrides);
  if (key === undefined) {
    key = Object.keys(overrides).sort().map((d) => (overrides[d] ? `+${d}` : `-${d}`)).join('');
    contentKeys.set(overrides, key);
  }
  return key;
};

const yearDays = (year: number, overrides: CalendarOverrides): YearDays => {
  const key = contentKey(overrides);
  let byYear = tables.get(key);
  if (!byYear) {
    if (tables.size >= KEPT_TABLES) tables.delete(tables.keys().next().value!);
    tables.set(key, (byYear = new Map()));
  }
  let table = byYear.get(year);
  if (!table) {
    const first = Date.UTC(year, 0, 1) / DAY_MS;
    const days = Date.UTC(year + 1, 0, 1) / DAY_MS - first;
    const before = new Int32Array(days + 1);
    for (let i = 0; i < days; i++) before[i + 1] = before[i] + (isWorkingDay(dateOfDay(first + i), overrides) ? 1 : 0);
    byYear.set(year, (table = { first, before }));
  }
  return table;
};

/** Working days among the days numbered [from, to). */
const workingDaysIn = (from: number, to: number, overrides: CalendarOverrides): number => {
  let count = 0;
  for (let day = from; day < to; ) {
    const { first, before } = yearDays(yearOfDay(day), overrides);
    const end = Math.min(to, first + before.length - 1);
    count += before[end - first] - before[day - first];
    day = end;
  }
  return count;
};

/** The first index i in [lo, hi] with before[i] >= target (before is non-decreasing). */
const firstReaching = (before: Int32Array, target: number, lo: number, hi: number): number => {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before[mid] >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
};

/** The day number of the Nth working day after the day (n ≥ 1), or null beyond the search. */
const nthAfter = (day: number, n: number, overrides: CalendarOverrides): number | null => {
  let left = n;
  for (let from = day + 1; from <= day + SEARCH_DAYS; ) {
    const { first, before } = yearDays(yearOfDay(from), overrides);
    const i = from - first;
    const last = before.length - 1;
    if (before[last] - before[i] >= left) {
      // The answer is the day whose running count first reaches the target, one before its index.
      const found = first + firstReaching(before, before[i] + left, i + 1, last) - 1;
      return found <= day + SEARCH_DAYS ? found : null;
    }
    left -= before[last] - before[i];
    from = first + last;
  }
  return null;
};

/** The day number of the Nth working day before the day (n ≥ 1), or null beyond the search. */
const nthBefore = (day: number, n: number, overrides: CalendarOverrides): number | null => {
  let left = n;
  for (let until = day; until > day - SEARCH_DAYS; ) {
    // Working days among [first, until) of until-1's year.
    const { first, before } = yearDays(yearOfDay(until - 1), overrides);
    const j = until - first;
    if (before[j] >= left) {
      // The last index i < j with before[j] - before[i] >= left: the day i is that working day.
      const found = first + firstReaching(before, before[j] - left + 1, 0, j) - 1;
      return found >= day - SEARCH_DAYS ? found : null;
    }
    left -= before[j];
    until = first;
  }
  return null;
};

const NO_WORKING_DAY = 'working-day calendar has no working day within ten years';

/** The Nth working day strictly after the given Shanghai date (n ≥ 1). */
export const nthWorkingDayAfter = (date: string, n: number, overrides: CalendarOverrides = {}): string => {
  if (!ISO_DATE.test(date)) return stepWorkingDays(date, n, 1, overrides);
  const found = nthAfter(dayNumber(date), n, overrides);
  if (found === null) throw new Error(NO_WORKING_DAY);
  return dateOfDay(found);
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
  if (!ISO_DATE.test(date)) return stepWorkingDays(date, n, -1, overrides);
  const found = nthBefore(dayNumber(date), n, overrides);
  if (found === null) throw new Error(NO_WORKING_DAY);
  return dateOfDay(found);
};

/** Working days strictly after one Shanghai date up to and including another (0 when it is not later). */
export const workingDaysAfterUntil = (from: string, to: string, overrides: CalendarOverrides = {}): number => {
  if (!ISO_DATE.test(from) || !ISO_DATE.test(to)) {
    let count = 0;
    for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) if (isWorkingDay(day, overrides)) count++;
    return count;
  }
  const a = dayNumber(from);
  const b = dayNumber(to);
  return b > a ? workingDaysIn(a + 1, b + 1, overrides) : 0;
};

/** Day by day, for a date that is not YYYY-MM-DD (its arithmetic is dayjs's; the counts above need real dates). */
const stepWorkingDays = (date: string, n: number, step: 1 | -1, overrides: CalendarOverrides): string => {
  let day = date;
  let left = n;
  for (let guard = 0; left > 0; guard++) {
    if (guard >= SEARCH_DAYS) throw new Error(NO_WORKING_DAY);
    day = addCalendarDays(day, step);
    if (isWorkingDay(day, overrides)) left--;
  }
  return day;
};
