import type { Database } from '../runtime/cloud-types';
import { spotCheckItemRepo } from '../db/spot-check-item.repo';
import type { PerSubject } from './training-input';

export interface SpotCheckCounts {
  /** Records verified 不属实 (the default scheme's deduction, `spotCheckFalse`). */
  false: number;
  /** Records verified either way (属实 or 不属实), for a rate beside the count. */
  verified: number;
}

/**
 * The assessment's spot-check input for a year: per steward and per unit, the drawn records
 * verified that year (Shanghai year of the final result) and how many were 不属实. Subjects with
 * none are absent. The same counts are in the figures (spotChecksFalse) by verification day.
 */
export const spotCheckFindingCounts = async (db: Database, year: number): Promise<PerSubject<SpotCheckCounts>> => {
  const stewards = new Map<string, SpotCheckCounts>();
  const units = new Map<string, SpotCheckCounts>();
  const add = (map: Map<string, SpotCheckCounts>, id: string, isFalse: boolean) => {
    const c = map.get(id) ?? { false: 0, verified: 0 };
    map.set(id, { false: c.false + (isFalse ? 1 : 0), verified: c.verified + 1 });
  };
  for (const item of await spotCheckItemRepo.finalIn(db, year)) {
    add(stewards, item.stewardId, item.status === 'false');
    add(units, item.unitId, item.status === 'false');
  }
  return { stewards, units };
};
