/**
 * Time for the scale generator: the core working-day calendar (memoised: a year of history asks
 * it millions of times for a few hundred dates), office hours in Shanghai, and the hourly timer's
 * ticks at which supervision and auto-close happened.
 */
import { addCalendarDays, shanghaiDate } from '../../../src/core/time/shanghai';
import { isWorkingDay, workingDayDeadline, type CalendarOverrides } from '../../../src/core/time/working-days';

export const HOUR = 3_600_000;
export const DAY = 86_400_000;
const SHANGHAI = 8 * HOUR;
const OPENS = 9;
const CLOSES = 18;

export const createClock = (now: Date, overrides: CalendarOverrides) => {
  const nowMs = now.getTime();
  const workingDays = new Map<string, boolean>();
  const deadlines = new Map<string, Date>();
  /** The Shanghai calendar date of an instant (same answer as core's shanghaiDate, without dayjs). */
  const dateOf = (t: number) => new Date(t + SHANGHAI).toISOString().slice(0, 10);
  const isWorking = (date: string) => {
    let w = workingDays.get(date);
    if (w === undefined) workingDays.set(date, (w = isWorkingDay(date, overrides)));
    return w;
  };
  /** Midnight (Shanghai) at the start of a Shanghai date, as epoch ms. */
  const dayStart = (date: string) => Date.parse(`${date}T00:00:00+08:00`);

  /** core's workingDayDeadline: the end of the Nth working day after the instant's date. */
  const deadline = (from: number, n: number): Date => {
    const key = `${dateOf(from)}|${n}`;
    let d = deadlines.get(key);
    if (!d) deadlines.set(key, (d = workingDayDeadline(new Date(from), n, overrides)));
    return new Date(d.getTime());
  };

  /** The first office moment at or after t (09:00–18:00 Shanghai on a working day). */
  const officeFrom = (t: number): number => {
    let date = dateOf(t);
    for (;;) {
      const open = dayStart(date) + OPENS * HOUR;
      const close = dayStart(date) + CLOSES * HOUR;
      if (isWorking(date) && t < close) return Math.max(t, open);
      date = addCalendarDays(date, 1);
    }
  };

  /** The moment `hours` office hours after t (people act in office hours, on working days). */
  const afterOfficeHours = (t: number, hours: number): number => {
    let at = officeFrom(t);
    let left = hours * HOUR;
    for (;;) {
      const close = dayStart(dateOf(at)) + CLOSES * HOUR;
      if (at + left <= close) return Math.round(at + left);
      left -= close - at;
      at = officeFrom(close + 1);
    }
  };

  /** Working days as office hours (9 a day), for delays given in days. */
  const afterWorkingDays = (t: number, days: number): number => afterOfficeHours(t, days * (CLOSES - OPENS));

  /** The hourly timer's first run at which a deadline counts as missed (the job checks due < run time). */
  const tickAfter = (due: number): number => Math.floor(due / HOUR) * HOUR + HOUR;
  /** The latest hourly run before now: supervision and auto-close have happened up to here. */
  const lastTick = Math.floor(nowMs / HOUR) * HOUR;

  return { now: nowMs, dateOf, isWorking, dayStart, deadline, officeFrom, afterOfficeHours, afterWorkingDays, tickAfter, lastTick, today: shanghaiDate(now) };
};

export type Clock = ReturnType<typeof createClock>;
