import type { Database } from '../runtime/cloud-types';
import { isDuplicateKey } from './duplicate-key';
import { repository } from './repository';

/**
 * The district's deadline for one year's summaries, and which deadline notices have gone out:
 * `sent` holds `stage|unitId` (that unit's writers told) and `stage|district`, so each notice
 * goes once however often the hourly timer fires.
 */
export interface SummaryRoundDoc {
  _id: string;
  year: number;
  /** YYYY-MM-DD (Shanghai), the last day to submit. */
  deadline: string;
  version: number;
  setBy: string;
  setByName: string;
  setAt: Date;
  sent: string[];
}

const rounds = repository('summary_rounds');

export const roundId = (year: number) => String(year);

export const summaryRoundRepo = {
  ...rounds,

  /** The first deadline of a year; false when another was set meanwhile. */
  create: async (db: Database, doc: SummaryRoundDoc): Promise<boolean> => {
    try {
      await rounds.insert(db, doc);
      return true;
    } catch (error) {
      if (isDuplicateKey(error) || (await rounds.get(db, doc._id))) return false;
      throw error;
    }
  },

  /** A new deadline, written only over the version read. Notices already sent stay sent (each goes once a year). */
  move: async (db: Database, year: number, version: number, patch: Pick<SummaryRoundDoc, 'deadline' | 'setBy' | 'setByName' | 'setAt'>): Promise<boolean> =>
    (await rounds.updateWhere(db, { _id: roundId(year), version }, { ...patch, version: db.command.inc(1) })) === 1,

  /** Years whose deadline notices may still be due: deadlines from a month ago on (a handful). */
  active: async (db: Database, sinceDate: string): Promise<SummaryRoundDoc[]> =>
    (await rounds.of(db).where({ deadline: db.command.gte(sinceDate) }).limit(20).get()).data,

  /** Claim one notice before sending it: true for exactly one caller. */
  claim: async (db: Database, year: number, mark: string): Promise<boolean> =>
    (await rounds.updateWhere(db, { _id: roundId(year), sent: db.command.nin([mark]) }, { sent: db.command.push([mark]) })) === 1,
};
