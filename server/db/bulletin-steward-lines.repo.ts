import type { RankingLine, RankingRowView } from '../../src/core/figures/figures.model';
import type { Database } from '../runtime/cloud-types';
import { chunkSpan, chunksOf } from './chunks';
import { repository } from './repository';

/**
 * Every steward line of a bulletin's unit sections, in rank order, kept apart from the section so
 * the section stays one page long whatever the unit's size. Lines are stored in chunks of
 * LINES_PER_CHUNK: a generation writes a few documents per unit instead of one per steward, and a
 * page of lines reads at most two of them.
 */
export interface BulletinStewardChunk {
  /** `bulletin-YYYY-MM|unitId|0003`: the chunk's number padded, so `_id` order is rank order within a unit. */
  _id: string;
  bulletinId: string;
  unitId: string;
  chunk: number;
  /** The lines at positions chunk × LINES_PER_CHUNK onwards, with each score's breakdown (the exports print it). */
  lines: RankingRowView[];
}

export const LINES_PER_CHUNK = 50;

const chunks = repository('bulletin_steward_lines');

export const chunkId = (bulletinId: string, unitId: string, chunk: number) => `${bulletinId}|${unitId}|${String(chunk).padStart(4, '0')}`;

/** What the page shows of a line: no score breakdown. */
const LINES_ONLY = { 'lines.components': false, 'lines.figures': false };

export const bulletinStewardLinesRepo = {
  ...chunks,

  /** A unit's lines as chunks with fixed ids: a rerun of the generation rewrites the same documents. */
  putLines: async (db: Database, bulletinId: string, unitId: string, lines: readonly RankingRowView[]): Promise<void> => {
    await Promise.all(chunksOf(lines, LINES_PER_CHUNK).map((part, chunk) => chunks.of(db).doc(chunkId(bulletinId, unitId, chunk)).set({ data: { bulletinId, unitId, chunk, lines: part } })));
  },

  /** Lines `from` (0-based, inclusive) to `to` (exclusive) of a unit: the one or two chunks holding them, by id. */
  lineRange: async (db: Database, bulletinId: string, unitId: string, from: number, to: number): Promise<RankingLine[]> => {
    if (to <= from) return [];
    const { first, last, cut } = chunkSpan(from, to - from, LINES_PER_CHUNK);
    const ids = Array.from({ length: last - first + 1 }, (_, i) => chunkId(bulletinId, unitId, first + i));
    const { data } = await chunks.of(db).where({ _id: db.command.in(ids) }).field(LINES_ONLY).limit(ids.length).get();
    return cut((data as Array<{ chunk: number; lines: RankingLine[] }>).sort((a, b) => a.chunk - b.chunk).flatMap((c) => c.lines));
  },

  /**
   * Every line of a bulletin (the district's export) or of one unit (a unit admin's), by unit in
   * rank order. In pages of 1000 chunks by `_id`, which is unit then rank.
   */
  linesByUnit: async (db: Database, bulletinId: string, unitId?: string): Promise<Map<string, RankingRowView[]>> => {
    const byUnit = new Map<string, RankingRowView[]>();
    for (const c of await chunks.all(db, unitId ? { bulletinId, unitId } : { bulletinId })) {
      const lines = byUnit.get(c.unitId) ?? [];
      lines.push(...c.lines);
      byUnit.set(c.unitId, lines);
    }
    return byUnit;
  },
};
