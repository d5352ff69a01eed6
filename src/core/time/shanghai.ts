import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * All date maths happen in Asia/Shanghai, whatever the runtime's zone (cloud functions run in
 * UTC). China has kept a fixed +08:00 offset with no daylight saving since 1991, so a fixed
 * offset is exact and needs no time-zone database.
 */
export const SHANGHAI_OFFSET_MINUTES = 8 * 60;

export const inShanghai = (d: Date | string | number) => dayjs(d).utcOffset(SHANGHAI_OFFSET_MINUTES);

const DAY_MS = 86_400_000;
const OFFSET_MS = SHANGHAI_OFFSET_MINUTES * 60_000;

/**
 * The Shanghai calendar date of an instant, as YYYY-MM-DD. Deadlines and figures compute this
 * thousands of times a call, so instants take plain arithmetic; strings keep dayjs's parsing.
 */
export const shanghaiDate = (d: Date | string | number): string => {
  const t = typeof d === 'string' ? NaN : typeof d === 'number' ? d : d.getTime();
  return Number.isFinite(t) ? new Date(t + OFFSET_MS).toISOString().slice(0, 10) : inShanghai(d).format('YYYY-MM-DD');
};

/** The instant at which a Shanghai calendar day ends (23:59:59.999 +08:00). */
export const endOfShanghaiDay = (date: string): Date => new Date(`${date}T23:59:59.999+08:00`);

/** A YYYY-MM-DD date moved by whole days (plain arithmetic: working-day loops call it for every day they step). */
export const addCalendarDays = (date: string, days: number): string => {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * DAY_MS;
  return Number.isFinite(t) && /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(t).toISOString().slice(0, 10) : dayjs(`${date}T00:00:00Z`).utc().add(days, 'day').format('YYYY-MM-DD');
};
