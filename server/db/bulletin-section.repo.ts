import type { FiguresView, RankingLine, RankingRowView, RankingView } from '../../src/core/figures/figures.model';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/**
 * One unit's part of a bulletin: its own figures and the ranking of its stewards. Kept apart from
 * the bulletin so a unit admin's read carries its own unit only, and a big district's bulletin
 * is never one huge document. The ranking keeps its first page of lines only; every line is in
 * `bulletin_steward_lines`, so a section is the same size whatever the unit's.
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
  /** The ranking's definitions, its first BULLETIN_STEWARD_PAGE lines and their chart. */
  stewards: RankingView<StewardRow>;
  /**
   * Every steward ranked (the lines in `bulletin_steward_lines`). Absent from the sections written
   * before the lines were kept apart: those hold every line in `stewards.rows` and no separate lines.
   */
  stewardCount?: number;
}

export type BulletinSectionDoc = BulletinSection;

/** What the bulletin page shows of a section: each steward's line without the score's breakdown. */
const LINES_ONLY = { 'stewards.rows.components': false, 'stewards.rows.figures': false };
/** What a page of lines needs from a section: how many there are (absent: an older section holding them all). */
const COUNT_ONLY = { unitId: true, stewardCount: true };

const sections = repository('bulletin_sections');

export const sectionId = (bulletinId: string, unitId: string) => `${bulletinId}|${unitId}`;

export const bulletinSectionRepo = {
  ...sections,

  /** Writes replace: a run that takes over a dead one's claim rewrites the same ids. */
  put: async (db: Database, doc: BulletinSectionDoc): Promise<void> => {
    const { _id, ...fields } = doc;
    await sections.of(db).doc(_id).set({ data: fields });
  },

  /** One section as the page reads it: its figures and first page of lines, without their scores' breakdown. */
  lines: async (db: Database, id: string): Promise<BulletinSection<RankingLine> | null> =>
    ((await sections.of(db).where({ _id: id }).field(LINES_ONLY).limit(1).get()).data[0] as BulletinSection<RankingLine> | undefined) ?? null,

  /** How many steward lines a section has; null when the unit is not in the bulletin. */
  counted: async (db: Database, id: string): Promise<Pick<BulletinSection, 'unitId' | 'stewardCount'> | null> =>
    ((await sections.of(db).where({ _id: id }).field(COUNT_ONLY).limit(1).get()).data[0] as Pick<BulletinSection, 'unitId' | 'stewardCount'> | undefined) ?? null,

  /** Every unit's section of a bulletin (one per unit: a few dozen), in rank order. */
  ofBulletin: async (db: Database, bulletinId: string): Promise<BulletinSectionDoc[]> =>
    (await sections.all(db, { bulletinId })).sort((a, b) => a.order - b.order),
};
