import { addCalendarDays } from '../time/shanghai';
import { isWorkingDay, type CalendarOverrides } from '../time/working-days';
import { periodContaining } from '../figures/periods';

/**
 * When the weekly spot check (周抽查) is drawn and what it covers. The rule:
 * - the draw runs on the first working day of each Monday-to-Sunday week: Monday, or the next
 *   working day of that week when Monday is a holiday (a week with no working day has no draw);
 * - it covers every day after the last draw's period up to last Sunday, so contacts from a week
 *   whose draw a holiday swallowed are still sampled by the next draw; the first draw ever
 *   covers just last week.
 */

/** True on the one day of the week the draw runs. */
export const isSpotCheckDay = (today: string, overrides: CalendarOverrides = {}): boolean => {
  if (!isWorkingDay(today, overrides)) return false;
  for (let day = periodContaining('week', today).from; day < today; day = addCalendarDays(day, 1)) if (isWorkingDay(day, overrides)) return false;
  return true;
};

export interface SpotCheckPeriod {
  from: string;
  to: string;
}

/**
 * The days a draw made on `today` covers, given the last day covered by the previous draw; null
 * when there is nothing new to cover (the draw for this week already happened: a second timer
 * run draws nothing).
 */
export const spotCheckPeriod = (today: string, lastCoveredTo?: string | null): SpotCheckPeriod | null => {
  const to = addCalendarDays(periodContaining('week', today).from, -1);
  const from = lastCoveredTo ? addCalendarDays(lastCoveredTo, 1) : addCalendarDays(to, -6);
  return from > to ? null : { from, to };
};
