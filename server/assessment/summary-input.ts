import type { Database } from '../runtime/cloud-types';
import { roundId, summaryRoundRepo } from '../db/summary-round.repo';
import { summaryRepo } from '../db/summary.repo';
import type { PerSubject } from './training-input';

/**
 * The scheme's `summaryOnTime` for each steward and unit of a year: 1 for a summary submitted by
 * the deadline, 0.5 for one submitted late, 0 for none. Null for everyone while the district has
 * set no deadline for the year (no summaries were asked for yet): the scoring then leaves the
 * indicator out and rescales the rest. A year's summaries are one per steward and unit.
 */
export const summaryOnTimeRates = async (db: Database, year: number): Promise<{ asked: boolean; rates: PerSubject<number> }> => {
  const rates: PerSubject<number> = { stewards: new Map(), units: new Map() };
  if (!(await summaryRoundRepo.get(db, roundId(year)))) return { asked: false, rates };
  for (const s of await summaryRepo.all(db, { year })) {
    if (!s.submittedAt) continue;
    const rate = s.late ? 0.5 : 1;
    if (s.kind === 'unit') rates.units.set(s.unitId, rate);
    else if (s.stewardId) rates.stewards.set(s.stewardId, rate);
  }
  return { asked: true, rates };
};
