import murmurhash from 'murmurhash';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { invalid } from '../errors';

/**
 * The weekly spot-check sample: per unit, 10% of last week's contacts and on-site visits with at
 * least 3 (all of them when a unit has fewer), on-site visits first because a visit's check-in
 * is what a false record fakes; other contacts fill the rest. Reproducible from the recorded
 * seed: the same seed and the same candidate ids, in any order, give the same sample, and one
 * unit's sample does not depend on any other unit's records.
 */
export const SPOT_CHECK_SHARE = 0.1;
export const SPOT_CHECK_MIN_PER_UNIT = 3;
/** Recorded with every draw; a change of generator or procedure must change it. */
export const SAMPLER_ALGORITHM = 'xoroshiro128plus(murmur3(unitId, seed)) partial Fisher-Yates over sorted ids, visits first; pure-rand 8.4.2';

export interface SpotCheckCandidate {
  /** The contact record's id. */
  id: string;
  unitId: string;
  /** An on-site visit (上门走访) rather than a call or message. */
  onsite: boolean;
}

export interface UnitSample {
  unitId: string;
  candidates: number;
  onsiteCandidates: number;
  /** The ids drawn, in draw order (visits first). */
  picked: string[];
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
  const byUnit = new Map<string, Map<string, boolean>>();
  for (const c of candidates) {
    const records = byUnit.get(c.unitId) ?? new Map<string, boolean>();
    records.set(c.id, c.onsite || (records.get(c.id) ?? false));
    byUnit.set(c.unitId, records);
  }
  const units = [...byUnit.keys()].sort().map((unitId): UnitSample => {
    const records = byUnit.get(unitId)!;
    const ids = [...records.keys()].sort();
    const visits = ids.filter((id) => records.get(id));
    const others = ids.filter((id) => !records.get(id));
    const rng = xoroshiro128plus(murmurhash.v3(unitId, seed));
    const next = (max: number) => uniformInt(rng, 0, max);
    const size = sampleSize(ids.length);
    const fromVisits = take(visits, Math.min(size, visits.length), next);
    const picked = [...fromVisits, ...take(others, size - fromVisits.length, next)];
    return { unitId, candidates: ids.length, onsiteCandidates: visits.length, picked };
  });
  return { seed, algorithm: SAMPLER_ALGORITHM, units };
};
