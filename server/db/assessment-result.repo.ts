import type { SubjectKind } from '../../src/core/assessment/scheme';
import type { ScoreResult } from '../../src/core/assessment/score';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/** One unit's or steward's score for a year, with the counters it was computed from (its evidence). */
export interface AssessmentResultDoc {
  _id: string;
  year: number;
  subject: SubjectKind;
  subjectId: string;
  unitId: string;
  name: string;
  total: number;
  eligible: boolean;
  /** Eligible rows sort by their total, the others after them (−1): one index orders a ranking. */
  rankScore: number;
  ratedDemands: number;
  schemeVersion: number;
  result: ScoreResult;
  /** The evidence counters the figures were computed from, and the inputs (training, integrity). */
  counters: Record<string, number>;
  computedAt: Date;
  acknowledgedAt?: Date;
  acknowledgedBy?: string;
  rectificationRequested?: boolean;
  rectificationPlanId?: string;
}

const results = repository('assessment_results');

/** What a ranking row shows (ScoreRow): the score without its breakdown and counters. */
export type RankingRowDoc = Pick<AssessmentResultDoc, '_id' | 'year' | 'subject' | 'subjectId' | 'unitId' | 'name' | 'total' | 'eligible' | 'rankScore' | 'ratedDemands' | 'acknowledgedAt' | 'rectificationRequested' | 'rectificationPlanId'> & {
  result: Pick<ScoreResult, 'ineligibleReason'>;
};

const RANKING_ROW_FIELDS = Object.fromEntries(
  ['year', 'subject', 'subjectId', 'unitId', 'name', 'total', 'eligible', 'rankScore', 'ratedDemands', 'acknowledgedAt', 'rectificationRequested', 'rectificationPlanId', 'result.ineligibleReason'].map((f) => [f, true]),
);

export const resultId = (year: number, subject: SubjectKind, id: string) => `${year}|${subject}|${id}`;

export const assessmentResultRepo = {
  ...results,

  /** Writes a score under its id whatever was there (a recomputation, or a batch repeated after a timeout). */
  put: async (db: Database, doc: AssessmentResultDoc): Promise<void> => {
    const { _id, ...fields } = doc;
    await results.of(db).doc(_id).set({ data: fields });
  },

  /** As `page`, only what a ranking row shows: a unit's 70 stewards without their breakdowns. */
  rankingRows: async (db: Database, year: number, subject: SubjectKind, { skip, limit, unitId }: { skip: number; limit: number; unitId?: string }): Promise<RankingRowDoc[]> =>
    (await results.of(db).where({ year, subject, ...(unitId ? { unitId } : {}) }).orderBy('rankScore', 'desc').skip(skip).limit(limit).field(RANKING_ROW_FIELDS).get()).data as RankingRowDoc[],

  /** Some subjects' ranking rows for a year, by subject id (those without a score are missing). */
  rowsOf: async (db: Database, year: number, subject: SubjectKind, ids: readonly string[]): Promise<RankingRowDoc[]> =>
    ids.length ? ((await results.of(db).where({ _id: db.command.in(ids.map((id) => resultId(year, subject, id))) }).field(RANKING_ROW_FIELDS).limit(1000).get()).data as RankingRowDoc[]) : [],

  /** A page of one kind's scores for a year (optionally in one unit), the ranking's order. */
  page: async (db: Database, year: number, subject: SubjectKind, { skip, limit, unitId }: { skip: number; limit: number; unitId?: string }): Promise<AssessmentResultDoc[]> =>
    (await results.of(db).where({ year, subject, ...(unitId ? { unitId } : {}) }).orderBy('rankScore', 'desc').skip(skip).limit(limit).get()).data,

  /** How many rows of the kind a year holds (in one unit): counted in the [year, subject, unitId] index. */
  countOf: (db: Database, year: number, subject: SubjectKind, unitId?: string): Promise<number> => results.count(db, { year, subject, ...(unitId ? { unitId } : {}) }),

  /** How many eligible rows of the kind score above a total: a row's rank is that plus one. */
  above: (db: Database, year: number, subject: SubjectKind, total: number, unitId?: string): Promise<number> =>
    results.count(db, { year, subject, ...(unitId ? { unitId } : {}), rankScore: db.command.gt(total) }),
};
