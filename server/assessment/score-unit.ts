import { evidenceCounters } from '../../src/core/assessment/evidence-kinds';
import type { AssessmentScheme, SubjectKind } from '../../src/core/assessment/scheme';
import { score, type ScoreInput } from '../../src/core/assessment/score';
import type { FlowCounters, StockCounters } from '../../src/core/figures/counters';
import { emptyFlow } from '../../src/core/figures/counters';
import { figureValues } from '../../src/core/figures/figure-views';
import { periodContaining } from '../../src/core/figures/periods';
import { shanghaiDate } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { resultId, type AssessmentResultDoc } from '../db/assessment-result.repo';
import { unitRepo } from '../db/unit.repo';
import { userRepo } from '../db/user.repo';
import { dimensionCounters, sliceCounters } from '../figures/figure-reads';
import { inputsOf, type YearInputs } from './year-inputs';

/**
 * One unit's part of a year's assessment: the unit's score and each of its stewards', from the
 * year's rollups and year-end snapshot (a few rows per steward, never the records) and the
 * year's inputs, each with the counters it was computed from.
 */

/** The counters behind every figure the scheme reads, as they were at the run (the drill-down's first level). */
const countersUsed = (scheme: AssessmentScheme, flow: FlowCounters, stock: StockCounters | null, inputs: ScoreInput['inputs']): Record<string, number> => {
  const sources = [...scheme.indicators.flatMap((i) => i.measures.map((m) => m.source)), ...scheme.deductions.map((d) => d.source)];
  const counters: Record<string, number> = {};
  for (const source of sources) {
    for (const key of evidenceCounters(source)) counters[key] = (key in flow ? flow[key as keyof FlowCounters] : stock?.[key as keyof StockCounters]) ?? 0;
    if ('input' in source && typeof inputs?.[source.input] === 'number') counters[`input:${source.input}`] = inputs[source.input] as number;
  }
  return counters;
};

const resultDoc = (year: number, scheme: AssessmentScheme, subject: SubjectKind, id: string, unitId: string, name: string, flow: FlowCounters, stock: StockCounters | null, inputs: ScoreInput['inputs'], now: Date): AssessmentResultDoc => {
  const result = score(scheme, subject, { figures: figureValues(flow, stock), inputs });
  return {
    _id: resultId(year, subject, id), year, subject, subjectId: id, unitId, name, total: result.total, eligible: result.eligible,
    rankScore: result.eligible ? result.total : -1, ratedDemands: result.ratedDemands, schemeVersion: scheme.version, result,
    counters: countersUsed(scheme, flow, stock, inputs), computedAt: now,
  };
};

export const scoreUnit = async (db: Database, year: number, scheme: AssessmentScheme, unitId: string, inputs: YearInputs, now: Date): Promise<AssessmentResultDoc[]> => {
  const today = shanghaiDate(now);
  const period = periodContaining('year', `${year}-01-01`);
  const [unit, [own], { bySlice }, stewards] = await Promise.all([
    unitRepo.get(db, unitId),
    sliceCounters(db, [period], 'unit', unitId, today),
    dimensionCounters(db, period, 'steward', today, unitId),
    userRepo.stewardNames(db, unitId),
  ]);
  if (!unit) return [];
  // Every active steward is scored; one who left keeps a score while the year's figures count for them.
  const ids = [...new Set([...stewards.filter((s) => s.status === 'active').map((s) => s._id), ...bySlice.keys()])];
  const names = new Map(stewards.map((s) => [s._id, s.name]));
  const missing = ids.filter((id) => !names.has(id));
  if (missing.length) for (const [id, name] of await userRepo.namesOf(db, missing)) names.set(id, name);
  const unitInputs = inputsOf(inputs, 'unit', unitId);
  return [
    resultDoc(year, scheme, 'unit', unitId, unitId, unit.name, own.flow, own.stock, unitInputs, now),
    ...ids.map((id) => {
      const c = bySlice.get(id);
      return resultDoc(year, scheme, 'steward', id, unitId, names.get(id) ?? id, c?.flow ?? emptyFlow(), c?.stock ?? null, inputsOf(inputs, 'steward', id), now);
    }),
  ];
};
