import type { Headline, Sections, SummaryKind, SummaryReference, SummaryStatus } from '../../src/core/summary/summary.model';
import type { Database } from '../runtime/cloud-types';
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

  /** Every unit's summary of a year (one per unit: ~40 rows). */
  unitSummaries: (db: Database, year: number): Promise<SummaryDoc[]> =>
    summaries.of(db).where({ year, kind: 'unit' }).field({ sections: false, reference: false }).limit(1000).get().then((r) => r.data),
};
