import type { FiguresView, RankingView } from '../../src/core/figures/figures.model';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/**
 * One unit's part of a bulletin: its own figures and the ranking of its stewards. Kept apart from
 * the bulletin so a unit admin's read carries its own unit only, and a big district's bulletin
 * is never one huge document.
 */
export interface BulletinSectionDoc {
  /** `bulletin-YYYY-MM|unitId`. */
  _id: string;
  bulletinId: string;
  unitId: string;
  name: string;
  /** Rank order in the bulletin's unit ranking, for listing the sections in that order. */
  order: number;
  figures: FiguresView;
  stewards: RankingView;
}

const sections = repository('bulletin_sections');

export const sectionId = (bulletinId: string, unitId: string) => `${bulletinId}|${unitId}`;

export const bulletinSectionRepo = {
  ...sections,

  /** Writes replace: a run that takes over a dead one's claim rewrites the same ids. */
  put: async (db: Database, doc: BulletinSectionDoc): Promise<void> => {
    const { _id, ...fields } = doc;
    await sections.of(db).doc(_id).set({ data: fields });
  },

  /** Every unit's section of a bulletin (one per unit: a few dozen), in rank order. */
  ofBulletin: async (db: Database, bulletinId: string): Promise<BulletinSectionDoc[]> =>
    (await sections.all(db, { bulletinId })).sort((a, b) => a.order - b.order),
};
