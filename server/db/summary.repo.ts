import { summaryId } from '../../src/core/summary/summary.machine';
import type { Headline, Sections, SummaryKind, SummaryReference, SummaryStatus } from '../../src/core/summary/summary.model';
import type { Database, Query } from '../runtime/cloud-types';
import { aggregateOn } from './aggregate';
import { chunksOf } from './chunks';
import { isDuplicateKey } from './duplicate-key';
import { repository, type Patch } from './repository';

/**
 * An annual summary (art. 8): a steward's personal one (`stewardId` set) or a unit's. Its id is
 * year|kind|subject, so there is one per subject and year. `reference` is the data table beside
 * the text: stored when submitted (frozen), recomputed while it is a draft.
 */
export interface SummaryDoc {
  _id: string;
  year: number;
  kind: SummaryKind;
  subjectId: string;
  subjectName: string;
  unitId: string;
  unitName: string;
  /** Personal summaries: the steward (the access table's scope field). */
  stewardId?: string;
  status: SummaryStatus;
  version: number;
  sections: Sections;
  reference?: SummaryReference;
  /** A steward's key figures as submitted: the unit's annex lists them without reading each reference. */
  headline?: Headline;
  submittedAt?: Date;
  late?: boolean;
  returns: Array<{ at: Date; by: string; byName: string; reason: string }>;
  acceptedAt?: Date;
  acceptedBy?: string;
  acceptedByName?: string;
  createdBy: string;
  createdAt: Date;
  updatedBy: string;
  updatedAt: Date;
}

const summaries = repository('summaries');

/** What a reviewer's list row shows of a summary. */
export type SummaryRowDoc = Pick<SummaryDoc, '_id' | 'subjectId' | 'subjectName' | 'status' | 'returns' | 'submittedAt' | 'late' | 'acceptedAt'>;
const ROW_FIELDS = { subjectId: true, subjectName: true, status: true, returns: true, submittedAt: true, late: true, acceptedAt: true };

export const summaryRepo = {
  ...summaries,

  /** The first save; false when someone saved first (the caller read version 0 of a summary that now exists). */
  create: async (db: Database, doc: SummaryDoc): Promise<boolean> => {
    try {
      await summaries.insert(db, doc);
      return true;
    } catch (error) {
      if (isDuplicateKey(error) || (await summaries.get(db, doc._id))) return false;
      throw error;
    }
  },

  /** A write conditional on the version read (and so on the state it had); true when it landed. */
  updateAt: async (db: Database, id: string, version: number, patch: Patch<SummaryDoc>): Promise<boolean> =>
    (await summaries.updateWhere(db, { _id: id, version }, { ...patch, version: db.command.inc(1) })) === 1,

  /** A year's summaries of one kind in one unit (a unit's stewards: tens of rows). */
  ofUnit: (db: Database, year: number, kind: SummaryKind, unitId: string): Promise<SummaryDoc[]> =>
    summaries.of(db).where({ year, kind, unitId }).field({ sections: false, reference: false }).limit(1000).get().then((r) => r.data),

  /** A unit's stewards' summaries of a year counted per state: one group-by on the [year, kind, unitId, status] index. */
  stewardCountsOf: async (db: Database, year: number, unitId: string): Promise<Partial<Record<SummaryStatus, number>>> => {
    const { list } = await aggregateOn<{ _id: SummaryStatus; n: number }>(summaries.of(db)).match({ year, kind: 'steward', unitId }).group({ _id: '$status', n: { $sum: 1 } }).limit(100).end();
    return Object.fromEntries(list.map((g) => [g._id, g.n]));
  },

  /**
   * A unit's stewards' summaries of a year in one state, the longest untouched first (for the
   * submitted ones: the longest waiting for review), with only what a list row shows.
   */
  stewardsIn: (db: Database, year: number, unitId: string, status: SummaryStatus): Query<SummaryRowDoc> =>
    summaries.of(db).where({ year, kind: 'steward', unitId, status }).orderBy('updatedAt', 'asc').orderBy('_id', 'asc').field(ROW_FIELDS) as unknown as Query<SummaryRowDoc>,

  /** These stewards' summaries of a year, without their text (the annex's preview: a page of stewards). */
  ofStewards: async (db: Database, year: number, stewardIds: readonly string[]): Promise<SummaryDoc[]> =>
    stewardIds.length ? (await summaries.of(db).where({ _id: db.command.in(stewardIds.map((s) => summaryId(year, 'steward', s))) }).field({ sections: false, reference: false }).limit(stewardIds.length).get()).data : [],

  /** Which of these stewards have a summary of the year in the unit: primary-key reads of the ids the year gives them. */
  stewardsWithSummary: async (db: Database, year: number, unitId: string, stewardIds: readonly string[]): Promise<Set<string>> => {
    const found = new Set<string>();
    for (const part of chunksOf(stewardIds)) {
      const { data } = await summaries.of(db).where({ _id: db.command.in(part.map((s) => summaryId(year, 'steward', s))), unitId }).field({ subjectId: true }).limit(part.length).get();
      for (const doc of data) found.add(doc.subjectId);
    }
    return found;
  },

  /** Every unit's summary of a year (one per unit: ~40 rows). */
  unitSummaries: (db: Database, year: number): Promise<SummaryDoc[]> =>
    summaries.of(db).where({ year, kind: 'unit' }).field({ sections: false, reference: false }).limit(1000).get().then((r) => r.data),
};
