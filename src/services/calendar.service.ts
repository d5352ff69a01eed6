import { action } from './action';

/** The working-day calendar as every account checks it, and (district) whether the official schedule covers the days ahead. */
export const fetchCalendarStatus = action('calendar.status');

export const fetchCalendarOverrides = action('calendar.overrides');
