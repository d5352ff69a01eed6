import { invalid } from '../../src/core/errors';
import { AppError } from '../../src/core/errors';
import type { Database } from '../runtime/cloud-types';
import { assessmentResultRepo } from '../db/assessment-result.repo';
import { assessmentRunRepo, runId, type AssessmentRunDoc } from '../db/assessment-run.repo';
import { assessmentSchemeRepo } from '../db/assessment-scheme.repo';
import { unitRepo } from '../db/unit.repo';
import { scoreUnit } from './score-unit';
import { yearInputs } from './year-inputs';

/**
 * A year's assessment is worked through unit by unit. Each unit's scores are written under fixed
 * ids (a repeated batch writes the same), then the run's cursor moves past the unit only from the
 * value read, so two batches at once never skip a unit and a function that runs out of time
 * loses nothing: the next call (the district's page polling `assessment.run`, or the hourly
 * timer) resumes at the cursor.
 */
export const RUN_BUDGET_MS = 8_000;

/** Start (or, before publication, restart) a year's run with the latest published scheme. */
export const startRun = async (db: Database, year: number, by: string, now: Date): Promise<AssessmentRunDoc> => {
  const [latest] = await assessmentSchemeRepo.versions(db);
  if (!latest) throw new AppError('INVALID_STATE', '尚未发布考核方案：请先在“考核方案”中确认并发布');
  const existing = await assessmentRunRepo.ofYear(db, year);
  if (existing?.status === 'running') return existing;
  if (existing?.status === 'published') throw new AppError('INVALID_STATE', `${year} 年度考核结果已发布，不能重新计算`);
  const units = (await unitRepo.all(db)).map((u) => u._id).sort();
  if (!units.length) throw invalid('没有属地单位，无法考核');
  const fresh = { year, status: 'running' as const, schemeVersion: latest.version, schemeName: latest.scheme.name, unitIds: units, cursor: 0, startedAt: now, startedBy: by, rectifyUnitIds: [] };
  if (!existing) {
    if (await assessmentRunRepo.start(db, { _id: runId(year), ...fresh })) return { _id: runId(year), ...fresh };
    return (await assessmentRunRepo.ofYear(db, year))!;
  }
  // A recomputation (say after the scheme changed): only from the computed state read, and without last time's scores.
  if ((await assessmentRunRepo.updateWhere(db, { _id: existing._id, status: 'computed', startedAt: existing.startedAt }, { ...fresh, computedAt: db.command.remove() })) !== 1) {
    throw new AppError('CONFLICT');
  }
  await assessmentResultRepo.removeWhere(db, { year });
  return (await assessmentRunRepo.ofYear(db, year))!;
};

/** Score units until the run is done, the budget is spent or `maxUnits` are done; answers the run as it stands. */
export const advanceRun = async (db: Database, year: number, now: Date, { budgetMs = RUN_BUDGET_MS, maxUnits = Infinity } = {}): Promise<{ run: AssessmentRunDoc | null; units: number }> => {
  let run = await assessmentRunRepo.ofYear(db, year);
  if (run?.status !== 'running') return { run, units: 0 };
  const version = await assessmentSchemeRepo.version(db, run.schemeVersion);
  if (!version) throw new Error(`scheme version ${run.schemeVersion} missing`);
  const inputs = await yearInputs(db, year);
  const started = Date.now();
  let units = 0;
  while (run?.status === 'running' && units < maxUnits && Date.now() - started < budgetMs) {
    for (const doc of await scoreUnit(db, year, version.scheme, run.unitIds[run.cursor], inputs, now)) await assessmentResultRepo.put(db, doc);
    await assessmentRunRepo.advance(db, run, now);
    units++;
    run = await assessmentRunRepo.ofYear(db, year);
  }
  return { run, units };
};

/** The hourly timer finishes any run a district call left (the page closed, the function timed out). */
export const continueAssessments = async (db: Database, now: Date): Promise<number> => {
  let units = 0;
  for (const run of await assessmentRunRepo.all(db, { status: 'running' })) units += (await advanceRun(db, run.year, now)).units;
  return units;
};
