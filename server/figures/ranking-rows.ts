import type { RankingRow } from '../../src/core/bulletin/ranking';
import { emptyFlow } from '../../src/core/figures/counters';
import { figureValues, RANKING_COUNTERS, RANKING_FIGURES, rankingView } from '../../src/core/figures/figure-views';
import type { RankingView } from '../../src/core/figures/figures.model';
import type { Period } from '../../src/core/figures/periods';
import type { Database } from '../runtime/cloud-types';
import { userRepo } from '../db/user.repo';
import { dimensionCounters } from './figure-reads';

type SliceCounters = Awaited<ReturnType<typeof dimensionCounters>>['bySlice'];

/**
 * Rows to rank: every id named, with the figures a ranking shows (RANKING_FIGURES: its components,
 * samples and red flags; all empty when it has no counters yet). The bulletin ranks thousands of
 * stewards: computing every other figure for each would be most of its time.
 */
export const rankingRows = (ids: readonly string[], names: ReadonlyMap<string, string>, counters: SliceCounters): RankingRow[] =>
  ids.map((id) => {
    const c = counters.get(id);
    return { id, name: names.get(id) ?? id, figures: c ? figureValues(c.flow, c.stock, RANKING_FIGURES) : figureValues(emptyFlow(), null, RANKING_FIGURES) };
  });

/**
 * The ranking of one unit's stewards for a period (figures.ranking and the monthly bulletin):
 * every active steward, with or without figures; a steward who left keeps a row while their
 * figures count. Three reads of the unit's rows (the counters the ranking reads) and one of its stewards.
 */
export const stewardRanking = async (db: Database, period: Period, unit: { id: string; name: string }, today: string): Promise<RankingView> => {
  const [{ bySlice, stockDay }, stewards] = await Promise.all([dimensionCounters(db, period, 'steward', today, unit.id, RANKING_COUNTERS), userRepo.stewardNames(db, unit.id)]);
  const ids = new Set([...stewards.filter((s) => s.status === 'active').map((s) => s._id), ...bySlice.keys()]);
  const names = new Map(stewards.map((s) => [s._id, s.name]));
  const missing = [...ids].filter((id) => !names.has(id));
  if (missing.length) for (const [id, name] of await userRepo.namesOf(db, missing)) names.set(id, name);
  return rankingView('stewards', period, stockDay, rankingRows([...ids], names, bySlice), unit);
};
