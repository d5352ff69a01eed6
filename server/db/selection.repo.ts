import type { NomineeStatus } from '../../src/core/assessment/assessment.model';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/** One unit's excellent-steward nominations for a year (art. 9): one document, so the quota holds under concurrent saves. */
export interface NomineeDoc {
  stewardId: string;
  name: string;
  total: number;
  reason: string;
  status: NomineeStatus;
  reviewReason?: string;
  reviewedAt?: Date;
  reviewedBy?: string;
}

export interface SelectionDoc {
  _id: string;
  year: number;
  unitId: string;
  unitName: string;
  nominees: NomineeDoc[];
  /** Every write moves it on; every write is conditional on the revision read. */
  rev: number;
  submittedAt: Date;
  submittedBy: string;
}

const selections = repository('selection_nominations');

export const selectionId = (year: number, unitId: string) => `${year}|${unitId}`;

export const selectionRepo = {
  ...selections,

  ofUnit: (db: Database, year: number, unitId: string): Promise<SelectionDoc | null> => selections.get(db, selectionId(year, unitId)),

  /** Every unit's nominations for a year (one document per unit: tens). */
  ofYear: (db: Database, year: number): Promise<SelectionDoc[]> => selections.all(db, { year }),

  /** The first nominations of a unit: false when another save created them first. */
  create: async (db: Database, doc: SelectionDoc): Promise<boolean> => {
    try {
      await selections.insert(db, doc);
      return true;
    } catch (error) {
      if (await selections.get(db, doc._id)) return false;
      throw error;
    }
  },

  /** Replaces the nominees, only from the revision read. */
  write: async (db: Database, doc: SelectionDoc, patch: Partial<Pick<SelectionDoc, 'nominees' | 'submittedAt' | 'submittedBy'>>): Promise<boolean> =>
    (await selections.updateWhere(db, { _id: doc._id, rev: doc.rev }, { ...patch, rev: doc.rev + 1 })) === 1,
};
