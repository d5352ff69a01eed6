import type { CalendarOverrides } from '../../src/core/time/working-days';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/** An admin's correction to the official holiday calendar for one day, or a day of a year's official schedule. */
export interface CalendarOverrideDoc {
  /** YYYY-MM-DD */
  _id: string;
  working: boolean;
  note: string;
  /** The year whose State Council schedule this day belongs to, when entered as that schedule. */
  officialYear?: number;
  updatedBy: string;
  updatedAt: Date;
}

const overrides = repository('calendar_overrides');

export const calendarOverrideRepo = {
  /** The overrides (a few dozen rows a year), sorted by date. */
  list: async (db: Database): Promise<CalendarOverrideDoc[]> => (await overrides.all(db)).sort((a, b) => a._id.localeCompare(b._id)),

  /** As the lookup table the working-day maths takes. */
  load: async (db: Database): Promise<CalendarOverrides> => Object.fromEntries((await overrides.all(db)).map((d) => [d._id, d.working])),

  /** In a date range, for the app's own checks. */
  between: async (db: Database, from: string, to: string): Promise<CalendarOverrides> =>
    Object.fromEntries((await overrides.all(db, { _id: db.command.and(db.command.gte(from), db.command.lte(to)) })).map((d) => [d._id, d.working])),

  /** Years whose official schedule the district has entered. */
  officialYears: async (db: Database): Promise<Set<number>> =>
    new Set((await overrides.all(db, { officialYear: db.command.exists(true) })).map((d) => d.officialYear!)),

  set: async (db: Database, doc: CalendarOverrideDoc): Promise<void> => {
    const { _id, ...fields } = doc;
    await overrides.of(db).doc(_id).set({ data: fields });
  },

  clear: (db: Database, date: string): Promise<number> => overrides.removeWhere(db, { _id: date }),

  /**
   * A year's official schedule replaces the one entered before: the new days are written first
   * (a day set by hand is overwritten by the schedule), then days of the old entry it no longer
   * names are removed, so the year is never left without a schedule.
   */
  replaceYear: async (db: Database, year: number, days: Array<Omit<CalendarOverrideDoc, 'officialYear'>>): Promise<number> => {
    for (const day of days) await calendarOverrideRepo.set(db, { ...day, officialYear: year });
    return overrides.removeWhere(db, { officialYear: year, _id: db.command.nin(days.map((d) => d._id)) });
  },
};
