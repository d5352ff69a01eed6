import { createHash } from 'node:crypto';
import { RANKING_CHART_TOP, type RankingView } from '../../src/core/figures/figures.model';
import { periodView } from '../../src/core/figures/figure-views';
import type { Period } from '../../src/core/figures/periods';
import { shanghaiDate } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { preciseNow } from '../runtime/precise-now';
import type { PageRequest } from '../db/paging';
import { stewardRankingChunkRepo } from '../db/steward-ranking-chunk.repo';
import { rankingId, stewardRankingRepo, type StewardRankingDoc } from '../db/steward-ranking.repo';
import { stewardRanking } from './ranking-rows';

/**
 * A unit's steward ranking, kept: computing one reads every steward's counters (300 stewards at
 * ten times scale), so figures.ranking reads the kept header and a page of rows instead. The
 * hourly timer recomputes the current month (keep-steward-rankings.job.ts); a
 * ranking asked for that is missing or older than KEPT_FRESH_MS is computed now and kept.
 */

/** A kept ranking older than this is computed again when asked for (the timer may have fallen behind). */
export const KEPT_FRESH_MS = 2 * 60 * 60 * 1000;

type Unit = { id: string; name: string };

const digestOf = (view: RankingView): string => createHash('sha1').update(JSON.stringify([view.stockDay, view.rows])).digest('hex');

/**
 * Compute the ranking now (as of today) and keep it, unless a computation begun later is kept:
 * answers the header kept afterwards. Rows that did not change keep their chunks (only the
 * header moves), so an hourly pass over quiet units writes one document per ranking.
 */
export const keepStewardRanking = async (db: Database, unit: Unit, period: Period, now: Date, countedFrom = preciseNow()): Promise<StewardRankingDoc> => {
  const key = { kind: period.kind, from: period.from, to: period.to };
  const id = rankingId(unit.id, key);
  const [view, held] = await Promise.all([stewardRanking(db, period, unit, shanghaiDate(now)), stewardRankingRepo.get(db, id)]);
  const digest = digestOf(view);
  const unchanged = held?.digest === digest;
  const ranked = view.rows.filter((r) => r.score != null);
  const doc: StewardRankingDoc = {
    _id: id, unitId: unit.id, unitName: unit.name, period: key, computedAt: now, countedFrom, version: unchanged ? held.version : countedFrom, digest,
    stockDay: view.stockDay, definition: view.definition, flagDefinition: view.flagDefinition, total: view.rows.length, ranked: ranked.length,
    top: ranked.slice(0, RANKING_CHART_TOP).map(({ rank, id: rowId, name, score, flags }) => ({ rank, id: rowId, name, score, flags })),
  };
  if (!unchanged) await stewardRankingChunkRepo.write(db, id, doc.version, view.rows);
  if (await stewardRankingRepo.store(db, doc)) {
    if (!unchanged && held) await stewardRankingChunkRepo.removeBefore(db, id, held.version);
    return doc;
  }
  if (!unchanged) await stewardRankingChunkRepo.removeVersion(db, id, doc.version);
  return (await stewardRankingRepo.get(db, id)) ?? doc;
};

/** The kept ranking of a unit's stewards for a period, computed now first when missing or stale. */
export const keptStewardRanking = async (db: Database, unit: Unit, period: Period, now: Date): Promise<StewardRankingDoc> => {
  const held = await stewardRankingRepo.get(db, rankingId(unit.id, period));
  const fresh = held && now.getTime() - held.computedAt.getTime() < KEPT_FRESH_MS && held.computedAt.getTime() <= now.getTime();
  return fresh ? held : keepStewardRanking(db, unit, period, now);
};

/** One page of a unit's steward ranking as kept, with the chart of its first RANKING_CHART_TOP. */
export const stewardRankingPage = async (db: Database, unit: Unit, period: Period, { page, pageSize }: PageRequest, now: Date): Promise<RankingView> => {
  const kept = await keptStewardRanking(db, unit, period, now);
  const from = (page - 1) * pageSize;
  const rows = await stewardRankingChunkRepo.rowsAt(db, kept._id, kept.version, from, Math.min(pageSize, kept.total - from));
  return {
    of: 'stewards',
    unit,
    period: periodView(period),
    stockDay: kept.stockDay,
    definition: kept.definition,
    flagDefinition: kept.flagDefinition,
    rows,
    chart: { labels: kept.top.map((r) => r.name), values: kept.top.map((r) => r.score) },
    paging: { page, pageSize, hasMore: from + pageSize < kept.total, total: kept.total, ranked: kept.ranked, computedAt: kept.computedAt.toISOString(), top: kept.top },
  };
};
