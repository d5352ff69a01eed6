import type { PeriodKind } from '../../src/core/figures/periods';
import type { RankingLine } from '../../src/core/figures/figures.model';
import type { Database } from '../runtime/cloud-types';
import { isDuplicateKey } from './duplicate-key';
import { repository } from './repository';

/**
 * The header of a kept ranking of one unit's stewards for one period (its rows are in
 * steward_ranking_chunks): figures.ranking reads this and a page of rows instead of every
 * steward's counters. Kept fresh by the hourly timer for the current month, quarter and year;
 * any other period is computed when asked for and kept the same way.
 */
export interface StewardRankingDoc {
  /** rankingId(unitId, period). */
  _id: string;
  unitId: string;
  unitName: string;
  period: { kind: PeriodKind; from: string; to: string };
  /** When it was computed (the action's clock): what the page shows, and what makes it stale. */
  computedAt: Date;
  /** When its reads began, below the millisecond: a computation stores only over an older one. */
  countedFrom: number;
  /** The chunks to read (the countedFrom of the computation that wrote them). */
  version: number;
  /** A fingerprint of the rows: an hourly recompute that finds the same rows keeps the chunks. */
  digest: string;
  stockDay: string | null;
  definition: string;
  flagDefinition: string;
  total: number;
  ranked: number;
  top: RankingLine[];
}

const rankings = repository('steward_rankings');

export const rankingId = (unitId: string, period: StewardRankingDoc['period']): string => `${unitId}|${period.kind}|${period.from}|${period.to}`;

export const stewardRankingRepo = {
  get: rankings.get,

  /**
   * Store a computation unless one that began later is kept (the pattern of unitRepo.storeStaffing):
   * answers whether it was stored. The first store of a ranking inserts; two racing to insert
   * leave the later one.
   */
  store: async (db: Database, doc: StewardRankingDoc): Promise<boolean> => {
    const _ = db.command;
    const { _id, ...fields } = doc;
    const older = (): Promise<number> => rankings.updateWhere(db, { _id, countedFrom: _.lt(doc.countedFrom) }, fields);
    if ((await older()) === 1) return true;
    if (await rankings.get(db, _id)) return false;
    try {
      await rankings.insert(db, doc);
      return true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return (await older()) === 1;
    }
  },
};
