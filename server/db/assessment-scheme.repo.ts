import type { AssessmentScheme } from '../../src/core/assessment/scheme';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/**
 * The district's scoring schemes: one draft it edits, and the published versions, never edited
 * again (a change is the next version), so every year's scores can be explained by the version used.
 */
export interface SchemeDraftDoc {
  _id: 'draft';
  kind: 'draft';
  scheme: AssessmentScheme;
  /** Every save moves it on; a save is conditional on the revision the district read. */
  rev: number;
  updatedAt: Date;
  updatedBy: string;
}

export interface SchemeVersionDoc {
  _id: string;
  kind: 'version';
  version: number;
  scheme: AssessmentScheme;
  publishedAt: Date;
  publishedBy: string;
  publishedByName: string;
}

export type AssessmentSchemeDoc = SchemeDraftDoc | SchemeVersionDoc;

const schemes = repository('assessment_schemes');

/** Zero-padded, so the ids sort as the versions do. */
export const versionId = (version: number) => `v${String(version).padStart(4, '0')}`;

export const assessmentSchemeRepo = {
  ...schemes,

  draft: async (db: Database): Promise<SchemeDraftDoc | null> => (await schemes.get(db, 'draft')) as SchemeDraftDoc | null,

  /** Every published version, newest first (a handful a year). */
  versions: async (db: Database): Promise<SchemeVersionDoc[]> =>
    (await schemes.of(db).where({ kind: 'version' }).orderBy('_id', 'desc').limit(100).get()).data as SchemeVersionDoc[],

  version: async (db: Database, version: number): Promise<SchemeVersionDoc | null> => (await schemes.get(db, versionId(version))) as SchemeVersionDoc | null,

  /** The first draft: false when another save created it first. */
  createDraft: async (db: Database, doc: SchemeDraftDoc): Promise<boolean> => {
    try {
      await schemes.insert(db, doc);
      return true;
    } catch (error) {
      if (await schemes.get(db, 'draft')) return false;
      throw error;
    }
  },

  /** Publishing inserts the version under its own id: a second publication of the same number fails here. */
  insertVersion: async (db: Database, doc: SchemeVersionDoc): Promise<boolean> => {
    try {
      await schemes.insert(db, doc);
      return true;
    } catch (error) {
      if (await schemes.get(db, doc._id)) return false;
      throw error;
    }
  },
};
