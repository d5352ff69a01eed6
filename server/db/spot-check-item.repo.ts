import type { SpotCheckResult, SpotCheckStatus } from '../../src/core/spot-check/spot-check.model';
import type { Database } from '../runtime/cloud-types';
import type { FactsStamp } from './facts-stamp';
import { repository } from './repository';

/** One drawn contact or visit, to be verified with the enterprise; a snapshot of the record as drawn. */
export interface SpotCheckItemDoc extends FactsStamp {
  /** `${drawnWeek}:${contactId}`: drawing the same week again writes nothing new. */
  _id: string;
  drawnWeek: string;
  /** The week whose list shows it: moved on by each draw while it stays unverified. */
  listWeek: string;
  carried: number;
  unitId: string;
  unitName: string;
  contactId: string;
  enterpriseId: string;
  enterpriseName: string;
  stewardId: string;
  stewardName: string;
  contactType: string;
  onsite: boolean;
  contactAt: Date;
  who: string;
  topics: string;
  status: SpotCheckStatus;
  result?: SpotCheckResult;
  note?: string;
  attempts: Array<{ at: Date; result: SpotCheckResult; note: string; by: string; byName: string }>;
  verifiedAt?: Date;
  verifiedBy?: string;
  verifiedByName?: string;
  /** The Shanghai year of a final result, for the assessment's counts. */
  findingYear?: number;
}

const items = repository('spot_check_items');

export const spotCheckItemRepo = {
  ...items,
  /** Unverified items of earlier weeks move onto this week's list (one conditional write). */
  carryOver: (db: Database, week: string): Promise<number> =>
    items.updateWhere(db, { status: db.command.in(['pending', 'unreachable']), listWeek: db.command.lt(week) }, { listWeek: week, carried: db.command.inc(1) }),
  /** Final results of a year (a few thousand at most at Pudong's size x10: read in pages of 1000). */
  finalIn: (db: Database, year: number): Promise<SpotCheckItemDoc[]> => items.all(db, { findingYear: year }),
};
