import { RUN_STATUS_LABELS, type RunView, type ScoreRow } from '../../src/core/assessment/assessment.model';
import type { Database } from '../runtime/cloud-types';
import { assessmentResultRepo, type RankingRowDoc } from '../db/assessment-result.repo';
import type { AssessmentRunDoc } from '../db/assessment-run.repo';

/** Stored runs and scores as the screens read them. */

const iso = (d?: Date) => (d ? new Date(d).toISOString() : undefined);

export const runView = (run: AssessmentRunDoc): RunView => ({
  year: run.year, status: run.status, statusLabel: RUN_STATUS_LABELS[run.status], schemeVersion: run.schemeVersion, schemeName: run.schemeName,
  unitsDone: run.cursor, unitsTotal: run.unitIds.length, startedAt: iso(run.startedAt)!, computedAt: iso(run.computedAt), publishedAt: iso(run.publishedAt),
  rectifyUnitIds: run.rectifyUnitIds, selectionPublishedAt: iso(run.selectionPublishedAt),
});

export const scoreRow = (doc: RankingRowDoc, rank: number | null): ScoreRow => ({
  subject: doc.subject, id: doc.subjectId, name: doc.name, unitId: doc.unitId, total: doc.total, rank, eligible: doc.eligible,
  ...(doc.result.ineligibleReason ? { ineligibleReason: doc.result.ineligibleReason } : {}), ratedDemands: doc.ratedDemands,
  ...(doc.subject === 'unit' ? { acknowledgedAt: iso(doc.acknowledgedAt), rectificationRequested: !!doc.rectificationRequested, ...(doc.rectificationPlanId ? { rectificationPlanId: doc.rectificationPlanId } : {}) } : {}),
});

/**
 * Rows of a ranking page (`skip` rows before it, eligible rows first by total) with their
 * competition ranks (ties share one): one count for the page's top total; every row before the
 * page scores at least that, so the others follow from the page itself.
 */
export const rankedRows = async (db: Database, docs: readonly RankingRowDoc[], skip: number, unitId?: string): Promise<ScoreRow[]> => {
  const top = docs.find((d) => d.eligible);
  if (!top) return docs.map((d) => scoreRow(d, null));
  const topRank = (await assessmentResultRepo.above(db, top.year, top.subject, top.total, unitId)) + 1;
  return docs.map((d) => (!d.eligible ? scoreRow(d, null) : scoreRow(d, d.total === top.total ? topRank : skip + docs.filter((o) => o.eligible && o.total > d.total).length + 1)));
};
