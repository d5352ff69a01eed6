import { completionRate } from '../../src/core/training/training.rules';
import type { Database } from '../runtime/cloud-types';
import { trainingStatsRepo } from '../db/training-stats.repo';

export interface PerSubject<T> {
  stewards: Map<string, T>;
  units: Map<string, T>;
}

/**
 * The assessment's `trainingCompletionRate` input for a year: per steward and per unit, the
 * required courses assigned that year that are completed, out of those assigned (0–1); null
 * where nothing was required (the scoring leaves a measure without data out). Reads the rollup
 * rows only (one per steward and unit), never the training records.
 */
export const trainingCompletionRates = async (db: Database, year: number): Promise<PerSubject<number | null>> => {
  const [stewards, units] = await Promise.all([trainingStatsRepo.ofYear(db, year, 'steward'), trainingStatsRepo.ofYear(db, year, 'unit')]);
  const rate = (r: { requiredCompleted: number; requiredAssigned: number }) => completionRate(r.requiredCompleted, r.requiredAssigned);
  return { stewards: new Map(stewards.map((r) => [r.subjectId, rate(r)])), units: new Map(units.map((r) => [r.subjectId, rate(r)])) };
};

/** Training hours completed in a year, per steward and per unit (for the summaries and the record). */
export const trainingHours = async (db: Database, year: number): Promise<PerSubject<number>> => {
  const [stewards, units] = await Promise.all([trainingStatsRepo.ofYear(db, year, 'steward'), trainingStatsRepo.ofYear(db, year, 'unit')]);
  return { stewards: new Map(stewards.map((r) => [r.subjectId, r.hours])), units: new Map(units.map((r) => [r.subjectId, r.hours])) };
};
