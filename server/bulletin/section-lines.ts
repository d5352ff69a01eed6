import { firstStewardPage } from '../../src/core/bulletin/steward-lines';
import type { PageResult } from '../../src/core/demand/demand.model';
import type { RankingLine } from '../../src/core/figures/figures.model';
import type { Database } from '../runtime/cloud-types';
import { bulletinSectionRepo, sectionId, type BulletinSection, type BulletinSectionDoc } from '../db/bulletin-section.repo';
import { bulletinStewardLinesRepo } from '../db/bulletin-steward-lines.repo';
import { slicePage, type PageRequest } from '../db/paging';
import type { ComposedSection } from './compose-bulletin';

/**
 * A unit section's steward lines: written apart from the section at generation, read a page at a
 * time by the app and all at once by the exports. Sections written before the lines were kept
 * apart (no `stewardCount`) still hold every line: they are read from the section itself.
 */

/** The section with its first page, and every line apart; fixed ids, so a rerun rewrites the same documents. */
export const writeSection = async (db: Database, bulletinId: string, section: ComposedSection): Promise<void> => {
  await Promise.all([
    bulletinSectionRepo.put(db, { _id: sectionId(bulletinId, section.unitId), bulletinId, ...section, stewards: firstStewardPage(section.stewards), stewardCount: section.stewards.rows.length }),
    bulletinStewardLinesRepo.putLines(db, bulletinId, section.unitId, section.stewards.rows),
  ]);
};

/** A section as the page shows it: an older one carries every line, cut to the same first page here. */
export const firstPageOf = <Row extends RankingLine>(section: BulletinSection<Row>): BulletinSection<Row> => ({
  ...section,
  stewards: firstStewardPage(section.stewards),
  stewardCount: section.stewardCount ?? section.stewards.rows.length,
});

/** A page of a unit's lines; null when the unit is not in the bulletin. */
export const stewardLinesPage = async (db: Database, bulletinId: string, unitId: string, request: PageRequest): Promise<PageResult<RankingLine> | null> => {
  const id = sectionId(bulletinId, unitId);
  const counted = await bulletinSectionRepo.counted(db, id);
  if (!counted) return null;
  if (counted.stewardCount === undefined) return slicePage((await bulletinSectionRepo.lines(db, id))!.stewards.rows, request);
  const from = (request.page - 1) * request.pageSize;
  const to = Math.min(from + request.pageSize, counted.stewardCount);
  return { items: await bulletinStewardLinesRepo.lineRange(db, bulletinId, unitId, from, to), ...request, hasMore: to < counted.stewardCount };
};

/**
 * The sections with every line, as the exports print them. `stewardCount` bounds each unit's
 * lines: a run that died after writing more chunks than the run that took over leaves them unread.
 */
export const withEveryLine = async (db: Database, bulletinId: string, sections: BulletinSectionDoc[], unitId?: string): Promise<BulletinSectionDoc[]> => {
  if (sections.every((s) => s.stewardCount === undefined)) return sections;
  const lines = await bulletinStewardLinesRepo.linesByUnit(db, bulletinId, unitId);
  return sections.map((s) => (s.stewardCount === undefined ? s : { ...s, stewards: { ...s.stewards, rows: (lines.get(s.unitId) ?? []).slice(0, s.stewardCount) } }));
};
