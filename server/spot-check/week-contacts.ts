import { endOfShanghaiDay } from '../../src/core/time/shanghai';
import type { SpotCheckPeriod } from '../../src/core/spot-check/spot-check-calendar';
import type { Database } from '../runtime/cloud-types';
import { contactRepo } from '../db/contact.repo';
import type { ContactDoc } from '../db/contact.repo';

const PAGE = 1000;

/**
 * The contacts and visits made in a period (Shanghai days), read on the `at` index in pages of
 * 1000 rows. A week at ten times Pudong's size is some 18,000 records: a few pages, never the
 * whole collection.
 */
export const contactsIn = async (db: Database, period: SpotCheckPeriod): Promise<ContactDoc[]> => {
  const _ = db.command;
  const from = new Date(`${period.from}T00:00:00.000+08:00`);
  const to = endOfShanghaiDay(period.to);
  const rows: ContactDoc[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await contactRepo.find(db, { at: _.and(_.gte(from), _.lte(to)) }).orderBy('at', 'asc').orderBy('_id', 'asc').skip(skip).limit(PAGE).get();
    rows.push(...data);
    if (data.length < PAGE) return rows;
  }
};
