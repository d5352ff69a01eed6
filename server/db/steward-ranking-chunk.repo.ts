import type { RankingRowView } from '../../src/core/figures/figures.model';
import type { Database } from '../runtime/cloud-types';
import { chunkSpan, chunksOf } from './chunks';
import { repository } from './repository';

/**
 * The rows of kept steward rankings (steward_rankings holds each one's header), in rank order, in
 * chunks of ROWS_PER_CHUNK: a page of up to 50 rows is one read of at most two chunks by
 * [rankingId, version, chunk], whatever the size of the unit, and a unit of 300 stewards is 6
 * documents to write. Each computation writes its rows under its own version; the header names the
 * version to read, so a reader never sees two computations' rows mixed.
 */
export interface StewardRankingChunkDoc {
  _id: string;
  rankingId: string;
  version: number;
  /** 0-based; chunk n holds the rows at positions n*ROWS_PER_CHUNK … (n+1)*ROWS_PER_CHUNK - 1. */
  chunk: number;
  rows: RankingRowView[];
}

export const ROWS_PER_CHUNK = 50;

const chunks = repository('steward_ranking_chunks');

export const stewardRankingChunkRepo = {
  /** Write a computation's rows under its version (unseen until a header names it). */
  write: async (db: Database, rankingId: string, version: number, rows: readonly RankingRowView[]): Promise<void> => {
    const docs = chunksOf(rows, ROWS_PER_CHUNK).map((part, chunk) => ({ _id: `${rankingId}|${version}|${chunk}`, rankingId, version, chunk, rows: part }));
    for (const batch of chunksOf(docs, 20)) await chunks.insertMany(db, batch);
  },

  /** The rows at positions [from, from + count) of one version, in rank order. */
  rowsAt: async (db: Database, rankingId: string, version: number, from: number, count: number): Promise<RankingRowView[]> => {
    if (count <= 0) return [];
    const _ = db.command;
    const { first, last, cut } = chunkSpan(from, count, ROWS_PER_CHUNK);
    const { data } = await chunks.find(db, { rankingId, version, chunk: _.gte(first).and(_.lte(last)) }).orderBy('chunk', 'asc').limit(last - first + 1).get();
    return cut(data.flatMap((d) => d.rows));
  },

  /** Drop one version's rows (a computation that lost to a newer one). */
  removeVersion: (db: Database, rankingId: string, version: number): Promise<number> => chunks.removeWhere(db, { rankingId, version }),

  /**
   * Drop the versions before `version`: the one just replaced stays, so a reader paging through
   * it when it was replaced still finds its next page.
   */
  removeBefore: (db: Database, rankingId: string, version: number): Promise<number> => chunks.removeWhere(db, { rankingId, version: db.command.lt(version) }),
};
