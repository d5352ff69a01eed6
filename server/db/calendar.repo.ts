import type { CalendarOverrides } from '../../src/core/time/working-days';
import type { Database } from '../runtime/cloud-types';
import type { CalendarOverrideDoc } from './documents';

/** The admin-maintained calendar overrides (a few dozen rows at most), as a lookup table. */
export const loadCalendarOverrides = async (db: Database): Promise<CalendarOverrides> => {
  const { data } = await db.collection<CalendarOverrideDoc>('calendar_overrides').limit(1000).get();
  return Object.fromEntries(data.map((d) => [d._id, d.working]));
};
