import type { ScoreInput } from '../../src/core/assessment/score';
import type { SubjectKind } from '../../src/core/assessment/scheme';
import type { Database } from '../runtime/cloud-types';
import { integrityFindingCounts } from './integrity-input';
import { trainingCompletionRates, type PerSubject } from './training-input';

/**
 * The assessment's inputs that are not figures, read once per batch for the whole year: training
 * completion and confirmed integrity findings. 不属实 spot-check findings are a figure
 * (`spotChecksFalse`, kept in the rollups by every verification), so the default deduction reads
 * them with the other figures; `spotCheckFindingCounts` (server/assessment, from the spot-check
 * work) lists the findings themselves for the drill-down.
 * The annual summary (`summaryOnTime`) has no records yet: it stays without data, so the scoring
 * leaves it out and rescales the rest to 100 (score.ts).
 */
export interface YearInputs {
  training: PerSubject<number | null>;
  integrity: PerSubject<number>;
}

export const yearInputs = async (db: Database, year: number): Promise<YearInputs> => {
  const [training, integrity] = await Promise.all([trainingCompletionRates(db, year), integrityFindingCounts(db, year)]);
  return { training, integrity };
};

export const inputsOf = (inputs: YearInputs, subject: SubjectKind, id: string): NonNullable<ScoreInput['inputs']> => {
  const of = <T>(per: PerSubject<T>) => (subject === 'unit' ? per.units : per.stewards).get(id);
  return { trainingCompletionRate: of(inputs.training) ?? null, integrityFindings: of(inputs.integrity) ?? 0, summaryOnTime: null };
};
