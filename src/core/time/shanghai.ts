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

/** The Shanghai calendar date of an instant, as YYYY-MM-DD. */
export const shanghaiDate = (d: Date | string | number): string => inShanghai(d).format('YYYY-MM-DD');

/** The instant at which a Shanghai calendar day ends (23:59:59.999 +08:00). */
export const endOfShanghaiDay = (date: string): Date => new Date(`${date}T23:59:59.999+08:00`);

export const addCalendarDays = (date: string, days: number): string =>
  dayjs(`${date}T00:00:00Z`).utc().add(days, 'day').format('YYYY-MM-DD');
