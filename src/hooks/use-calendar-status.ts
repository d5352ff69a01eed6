import { coverageWarning } from '@/core/time/coverage-warning';
import { fetchCalendarStatus } from '@/services/calendar.service';
import { useAsyncData } from './use-async-data';

/** Whether the official holiday schedule covers the next 90 days (district only), and the warning if not. */
export function useCalendarStatus(key = 'calendar-status') {
  const { state, reload, refresh } = useAsyncData(fetchCalendarStatus, key);
  const warning = state.status === 'ready' ? coverageWarning(state.data) : null;
  return { state, warning, reload, refresh };
}
