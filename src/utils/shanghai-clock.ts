import { formatDateTime } from './format-time';

/** Now, as the Shanghai date (YYYY-MM-DD) and time (HH:mm) a picker shows. */
export function shanghaiNow(now: Date = new Date()): { date: string; time: string } {
  const [date, time] = formatDateTime(now.toISOString()).split(' ');
  return { date, time };
}

/** A Shanghai date and time from pickers as an ISO 8601 instant with its offset. */
export const shanghaiIso = (date: string, time: string) => `${date}T${time}:00+08:00`;
