import murmurhash from 'murmurhash';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { invalid } from '../errors';

/**
 * The weekly spot-check sample: per unit, 10% of last week's contacts and on-site visits with at
 * least 3 (all of them when a unit has fewer); visits whose check-in was flagged (too far from
 * the enterprise) first, then other on-site visits, because a visit's check-in is what a false
 * record fakes; other contacts fill the rest. Reproducible from the recorded
 * seed: the same seed and the same candidate ids, in any order, give the same sample, and one
 * unit's sample does not depend on any other unit's records.
 */
export const SPOT_CHECK_SHARE = 0.1;
export const SPOT_CHECK_MIN_PER_UNIT = 3;
/** Recorded with every draw; a change of generator or procedure must change it. */
export const SAMPLER_ALGORITHM = 'xoroshiro128plus(murmur3(unitId, seed)) partial Fisher-Yates over sorted ids, flagged check-ins then visits first; pure-rand 8.4.2';

export interface SpotCheckCandidate {
  /** The contact record's id. */
  id: string;
  unitId: string;
  /** An on-site visit (上门走访) rather than a call or message. */
  onsite: boolean;
  /** Its check-in was flagged (contacts.checkInFlag, e.g. farther than 1 km from the enterprise). */
  flagged?: boolean;
}

export interface UnitSample {
  unitId: string;
  candidates: number;
  onsiteCandidates: number;
  /** The ids drawn, in draw order (flagged check-ins, then visits). */
  picked: string[];
  flaggedCandidates: number;
}

export interface SpotCheckDraw {
  seed: number;
  algorithm: string;
  units: UnitSample[];
}

export const sampleSize = (population: number, share = SPOT_CHECK_SHARE, minimum = SPOT_CHECK_MIN_PER_UNIT) =>
  Math.min(population, Math.max(minimum, Math.ceil(population * share)));

export const isValidSeed = (seed: number) => Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff;

/** Takes `count` ids from a sorted list by a partial Fisher-Yates shuffle. */
const take = (ids: readonly string[], count: number, next: (max: number) => number): string[] => {
  const pool = [...ids];
  for (let i = 0; i < count; i++) {
    const j = i + next(pool.length - 1 - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
};

export const drawSpotChecks = (candidates: readonly SpotCheckCandidate[], seed: number): SpotCheckDraw => {
  if (!isValidSeed(seed)) throw invalid('抽查随机种子应为 0 至 4294967295 之间的整数');
  // Each record's tier: 0 a flagged check-in, 1 another on-site visit, 2 any other contact.
  const byUnit = new Map<string, Map<string, number>>();
  for (const c of candidates) {
    const records = byUnit.get(c.unitId) ?? new Map<string, number>();
    const tier = c.flagged ? 0 : c.onsite ? 1 : 2;
    records.set(c.id, Math.min(tier, records.get(c.id) ?? 2));
    byUnit.set(c.unitId, records);
  }
  const units = [...byUnit.keys()].sort().map((unitId): UnitSample => {
    const records = byUnit.get(unitId)!;
    const ids = [...records.keys()].sort();
    const tiers = [0, 1, 2].map((tier) => ids.filter((id) => records.get(id) === tier));
    const rng = xoroshiro128plus(murmurhash.v3(unitId, seed));
    const next = (max: number) => uniformInt(rng, 0, max);
    const size = sampleSize(ids.length);
    const picked: string[] = [];
    for (const tier of tiers) picked.push(...take(tier, Math.min(size - picked.length, tier.length), next));
    return { unitId, candidates: ids.length, onsiteCandidates: tiers[0].length + tiers[1].length, flaggedCandidates: tiers[0].length, picked };
  });
  return { seed, algorithm: SAMPLER_ALGORITHM, units };
};
