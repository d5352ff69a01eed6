import type { FiguresView, RankingLine, RankingRowView, RankingView } from '../../src/core/figures/figures.model';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/**
 * One unit's part of a bulletin: its own figures and the ranking of its stewards. Kept apart from
 * the bulletin so a unit admin's read carries its own unit only, and a big district's bulletin
 * is never one huge document.
 */
export interface BulletinSection<StewardRow extends RankingLine = RankingRowView> {
  /** `bulletin-YYYY-MM|unitId`. */
  _id: string;
  bulletinId: string;
  unitId: string;
  name: string;
  /** Rank order in the bulletin's unit ranking, for listing the sections in that order. */
  order: number;
  figures: FiguresView;
  stewards: RankingView<StewardRow>;
}

export type BulletinSectionDoc = BulletinSection;

/** What the bulletin page shows of a section: each steward's line without the score's breakdown. */
const LINES_ONLY = { 'stewards.rows.components': false, 'stewards.rows.figures': false };

const sections = repository('bulletin_sections');

export const sectionId = (bulletinId: string, unitId: string) => `${bulletinId}|${unitId}`;

export const bulletinSectionRepo = {
  ...sections,

  /** Writes replace: a run that takes over a dead one's claim rewrites the same ids. */
  put: async (db: Database, doc: BulletinSectionDoc): Promise<void> => {
    const { _id, ...fields } = doc;
    await sections.of(db).doc(_id).set({ data: fields });
  },

  /** One section as the page reads it (a third of the document at ten times Pudong's size). */
  lines: async (db: Database, id: string): Promise<BulletinSection<RankingLine> | null> =>
    ((await sections.of(db).where({ _id: id }).field(LINES_ONLY).limit(1).get()).data[0] as BulletinSection<RankingLine> | undefined) ?? null,

  /** Every unit's section of a bulletin (one per unit: a few dozen), in rank order. */
  ofBulletin: async (db: Database, bulletinId: string): Promise<BulletinSectionDoc[]> =>
    (await sections.all(db, { bulletinId })).sort((a, b) => a.order - b.order),
};
