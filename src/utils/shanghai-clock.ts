import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { formatDateTime } from './format-time';

dayjs.extend(utc);

/** Now, as the Shanghai date (YYYY-MM-DD) and time (HH:mm) a picker shows. */
export function shanghaiNow(now: Date = new Date()): { date: string; time: string } {
  const [date, time] = formatDateTime(now.toISOString()).split(' ');
  return { date, time };
}

/** A Shanghai date and time from pickers as an ISO 8601 instant with its offset. */
export const shanghaiIso = (date: string, time: string) => `${date}T${time}:00+08:00`;

/** An exact instant in Shanghai wall time with its offset, e.g. `2024-05-24T09:30:12.345+08:00`. */
export const shanghaiInstant = (at: Date) => dayjs(at).utcOffset(8 * 60).format('YYYY-MM-DDTHH:mm:ss.SSSZ');
