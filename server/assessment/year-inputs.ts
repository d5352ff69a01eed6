import type { ScoreInput } from '../../src/core/assessment/score';
import type { SubjectKind } from '../../src/core/assessment/scheme';
import type { Database } from '../runtime/cloud-types';
import { integrityFindingCounts } from './integrity-input';
import { summaryOnTimeRates } from './summary-input';
import { trainingCompletionRates, type PerSubject } from './training-input';

/**
 * The assessment's inputs that are not figures, read once per batch for the whole year: training
 * completion and confirmed integrity findings. 不属实 spot-check findings are a figure
 * (`spotChecksFalse`, kept in the rollups by every verification), so the default deduction reads
 * them with the other figures; `spotCheckFindingCounts` (server/assessment, from the spot-check
 * work) lists the findings themselves for the drill-down.
 * The annual summary (`summaryOnTime`) comes from the year's summaries once the district has set
 * their deadline; before that it stays without data, and the scoring rescales the rest (score.ts).
 */
export interface YearInputs {
  training: PerSubject<number | null>;
  integrity: PerSubject<number>;
  summary: Awaited<ReturnType<typeof summaryOnTimeRates>>;
}

export const yearInputs = async (db: Database, year: number): Promise<YearInputs> => {
  const [training, integrity, summary] = await Promise.all([trainingCompletionRates(db, year), integrityFindingCounts(db, year), summaryOnTimeRates(db, year)]);
  return { training, integrity, summary };
};

export const inputsOf = (inputs: YearInputs, subject: SubjectKind, id: string): NonNullable<ScoreInput['inputs']> => {
  const of = <T>(per: PerSubject<T>) => (subject === 'unit' ? per.units : per.stewards).get(id);
  return { trainingCompletionRate: of(inputs.training) ?? null, integrityFindings: of(inputs.integrity) ?? 0, summaryOnTime: inputs.summary.asked ? (of(inputs.summary.rates) ?? 0) : null };
};
