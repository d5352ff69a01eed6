import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

// Asia/Shanghai has been a fixed UTC+8 with no daylight saving since 1991, so a fixed offset
// gives Shanghai wall time on any device without relying on Intl time-zone data, which some
// mini-program runtimes lack.
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

/** `2024-05-24 09:30` in Shanghai time; empty for a missing or unreadable date. */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const at = dayjs(iso);
  return at.isValid() ? at.utcOffset(SHANGHAI_OFFSET_MINUTES).format('YYYY-MM-DD HH:mm') : '';
}

/** `2024-05-24` in Shanghai time. */
export function formatDate(iso: string | undefined): string {
  return formatDateTime(iso).slice(0, 10);
}
