import { addCalendarDays } from '@/core/time/shanghai';
import type { CalendarOverrides } from '@/core/time/working-days';
import { fetchCalendarOverrides } from '@/services/calendar.service';
import { useAsyncData } from './use-async-data';

const NONE: CalendarOverrides = {};

/**
 * The district's corrections to the official calendar for the days ahead of `from`, so the app's
 * working-day checks agree with the server's. Until they arrive (or if they cannot be read) the
 * package calendar is used; the server checks again either way.
 */
export function useWorkingCalendar(from: string, days = 365): CalendarOverrides {
  const to = addCalendarDays(from, days);
  const { state } = useAsyncData(() => fetchCalendarOverrides({ from, to }), `${from}|${to}`);
  return state.status === 'ready' ? state.data : NONE;
}
