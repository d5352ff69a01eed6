import { getHolidaysInRange } from 'chinese-days';
import { addCalendarDays } from './shanghai';

/**
 * Whether the official holiday schedule is known for the days ahead. The bundled `chinese-days`
 * data stops at the last year its release knew (1.5.7: 2026); after that the calendar silently
 * falls back to Monday–Friday. A year counts as covered when the package has its holidays or the
 * district entered that year's State Council schedule (calendar overrides marked with the year).
 */
export const COVERAGE_HORIZON_DAYS = 90;

export type YearSource = 'package' | 'district' | 'none';

const packageYears = new Map<number, boolean>();

/** Every year has official holidays (New Year's Day at least): none in the package means it does not know the year. */
export const packageCoversYear = (year: number): boolean => {
  if (!packageYears.has(year)) packageYears.set(year, getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0);
  return packageYears.get(year)!;
};

export const yearSource = (year: number, districtYears: ReadonlySet<number>): YearSource =>
  districtYears.has(year) ? 'district' : packageCoversYear(year) ? 'package' : 'none';

export interface CalendarCoverage {
  today: string;
  horizonDays: number;
  /** The first day within the horizon whose year has no official schedule, or null when all are covered. */
  uncoveredFrom: string | null;
  /** The years the horizon touches, and the next one, with where their schedule comes from. */
  years: Array<{ year: number; source: YearSource }>;
}

/** What the district home and the calendar page show (`calendar.status`). */
export interface CalendarStatus extends CalendarCoverage {
  /** Open deadlines are still being computed again after the last change. */
  recalendarPending: boolean;
}

/** How far recomputing open deadlines got within the change's own call (the hourly timer finishes the rest). */
export interface RecalendarProgress {
  done: boolean;
  demandsMoved: number;
}

export const calendarCoverage = (today: string, districtYears: ReadonlySet<number>, horizonDays = COVERAGE_HORIZON_DAYS): CalendarCoverage => {
  const last = addCalendarDays(today, horizonDays);
  const first = Number(today.slice(0, 4));
  const years = Array.from({ length: Number(last.slice(0, 4)) - first + 2 }, (_, i) => first + i).map((year) => ({ year, source: yearSource(year, districtYears) }));
  const gap = years.find((y) => y.source === 'none' && `${y.year}-12-31` >= today && `${y.year}-01-01` <= last);
  return { today, horizonDays, uncoveredFrom: gap ? (`${gap.year}-01-01` > today ? `${gap.year}-01-01` : today) : null, years };
};
