import type { Database } from '../runtime/cloud-types';
import { integrityReportRepo } from '../db/integrity-report.repo';
import type { PerSubject } from './training-input';

/**
 * The assessment's `integrityFindings` input for a year: confirmed 亲清 findings concluded in
 * that year, counted against the steward each concerns and that steward's unit. Subjects with
 * none are absent (count 0). Only the numbers leave here: no report text, no reporter.
 */
export const integrityFindingCounts = async (db: Database, year: number): Promise<PerSubject<number>> => {
  const stewards = new Map<string, number>();
  const units = new Map<string, number>();
  for (const r of await integrityReportRepo.confirmedIn(db, year)) {
    if (r.concernedStewardId) stewards.set(r.concernedStewardId, (stewards.get(r.concernedStewardId) ?? 0) + 1);
    if (r.concernedUnitId) units.set(r.concernedUnitId, (units.get(r.concernedUnitId) ?? 0) + 1);
  }
  return { stewards, units };
};
