import type { CalendarOverrides } from '../../src/core/time/working-days';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/** An admin's correction to the official holiday calendar for one day. */
export interface CalendarOverrideDoc {
  /** YYYY-MM-DD */
  _id: string;
  working: boolean;
  note: string;
  updatedBy: string;
  updatedAt: Date;
}

const overrides = repository('calendar_overrides');

export const calendarOverrideRepo = {
  /** The overrides (a few dozen rows at most), sorted by date. */
  list: async (db: Database): Promise<CalendarOverrideDoc[]> => (await overrides.all(db)).sort((a, b) => a._id.localeCompare(b._id)),

  /** As the lookup table the working-day maths takes. */
  load: async (db: Database): Promise<CalendarOverrides> => Object.fromEntries((await overrides.all(db)).map((d) => [d._id, d.working])),

  set: async (db: Database, doc: CalendarOverrideDoc): Promise<void> => {
    const { _id, ...fields } = doc;
    await overrides.of(db).doc(_id).set({ data: fields });
  },

  clear: (db: Database, date: string): Promise<number> => overrides.removeWhere(db, { _id: date }),
};
