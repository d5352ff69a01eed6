import { bulletinSummary } from '../../src/core/bulletin/bulletin-summary';
import { bulletinTitle } from '../../src/core/bulletin/bulletin.model';
import { suggestInterviews } from '../../src/core/bulletin/interview-suggestions';
import { SLICE_LABELS } from '../../src/core/figures/contributions';
import { emptyFlow } from '../../src/core/figures/counters';
import { figureValues, figuresView, RANKING_COUNTERS, rankingView, trendView } from '../../src/core/figures/figure-views';
import type { FiguresView, RankingView } from '../../src/core/figures/figures.model';
import { periodContaining, previousPeriod, type Period } from '../../src/core/figures/periods';
import { DISTRICT_VALUE } from '../../src/core/figures/rollup';
import { shanghaiDate } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import type { BulletinContent } from '../db/bulletin.repo';
import type { BulletinSectionDoc } from '../db/bulletin-section.repo';
import { unitRepo, type UnitDoc } from '../db/unit.repo';
import { userRepo, type StewardName } from '../db/user.repo';
import { dimensionCounters, monthlyCounters, sliceCounters, stewardCountersByUnit } from '../figures/figure-reads';
import { rankingRows } from '../figures/ranking-rows';

/**
 * Everything a month's bulletin holds, read from the figure rollups and snapshots (a few rows per
 * slice, never the records): the district's figures against the month before, the ranking of
 * units with their red flags, each unit's figures and the ranking of its stewards, the district's
 * last six months, the generated summary and the interview suggestions.
 */
export const TREND_MONTHS = 6;

/** A unit's section with every steward line; written as the section's first page and the lines apart (section-lines.ts). */
export type ComposedSection = Omit<BulletinSectionDoc, '_id' | 'bulletinId' | 'stewardCount'>;

const monthsUpTo = (month: string, n: number): string[] => {
  const [y, m] = month.split('-').map(Number);
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (n - 1 - i), 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
};

/**
 * One unit's steward ranking from the district's steward counters: every active steward of the
 * unit, with or without figures, and anyone whose figures count for the unit this month (a
 * steward who left or moved keeps their row), as figures.ranking ranks them.
 */
const unitStewards = (unit: UnitDoc, stewards: readonly StewardName[], names: ReadonlyMap<string, string>, counters: Awaited<ReturnType<typeof stewardCountersByUnit>>, period: Period): RankingView => {
  const prefix = `${unit._id}|`;
  const mine = new Map([...counters.bySlice].filter(([key]) => key.startsWith(prefix)).map(([key, c]) => [key.slice(prefix.length), c]));
  const ids = new Set([...stewards.filter((s) => s.unitId === unit._id && s.status === 'active').map((s) => s._id), ...mine.keys()]);
  return rankingView('stewards', period, counters.stockDay, rankingRows([...ids], names, mine), { id: unit._id, name: unit.name });
};

const districtFigures = async (db: Database, period: Period, previous: Period, today: string): Promise<FiguresView> => {
  const [current, before] = await sliceCounters(db, [period, previous], 'district', DISTRICT_VALUE, today);
  return figuresView({
    slice: { dimension: 'district', id: DISTRICT_VALUE, name: SLICE_LABELS.district }, period, previousPeriod: previous,
    current: figureValues(current.flow, current.stock), previous: figureValues(before.flow, before.stock),
    stockDay: current.stockDay, previousStockDay: before.stockDay, autoClosed: current.flow.autoClosed, closedUnresolved: current.flow.closedUnresolved,
  });
};

export const composeBulletin = async (db: Database, month: string, at: Date): Promise<{ content: BulletinContent; sections: ComposedSection[] }> => {
  const today = shanghaiDate(at);
  const period = periodContaining('month', `${month}-01`);
  const previous = previousPeriod(period);
  const trendMonths = monthsUpTo(month, TREND_MONTHS);
  const [district, unitsNow, unitsBefore, units, trendCounters, stewardsNow, stewards] = await Promise.all([
    districtFigures(db, period, previous, today),
    dimensionCounters(db, period, 'unit', today),
    dimensionCounters(db, previous, 'unit', today),
    unitRepo.all(db),
    monthlyCounters(db, trendMonths, 'district', DISTRICT_VALUE, today),
    stewardCountersByUnit(db, period, today, RANKING_COUNTERS),
    userRepo.stewardNames(db),
  ]);
  const names = new Map(units.map((u) => [u._id, u.name]));
  const unitRanking: RankingView = rankingView('units', period, unitsNow.stockDay, rankingRows(units.map((u) => u._id), names, unitsNow.bySlice));
  const order = new Map(unitRanking.rows.map((r, i) => [r.id, i]));

  const stewardNames = new Map(stewards.map((s) => [s._id, s.name]));
  const sections = units.map((unit): ComposedSection => {
    const now = unitsNow.bySlice.get(unit._id);
    const before = unitsBefore.bySlice.get(unit._id);
    const figures = figuresView({
      slice: { dimension: 'unit', id: unit._id, name: unit.name }, period, previousPeriod: previous,
      current: figureValues(now?.flow ?? emptyFlow(), now?.stock ?? null), previous: figureValues(before?.flow ?? emptyFlow(), before?.stock ?? null),
      stockDay: unitsNow.stockDay, previousStockDay: unitsBefore.stockDay, autoClosed: now?.flow.autoClosed ?? 0, closedUnresolved: now?.flow.closedUnresolved ?? 0,
    });
    return { unitId: unit._id, name: unit.name, order: order.get(unit._id) ?? units.length, figures, stewards: unitStewards(unit, stewards, stewardNames, stewardsNow, period) };
  });

  const values = (f: FiguresView, side: 'value' | 'previous') => Object.fromEntries(f.figures.map((x) => [x.key, x[side]]));
  const flagged = unitRanking.rows.filter((r) => r.flags.length > 0);
  const generatedSummary = bulletinSummary({
    period, scopeName: SLICE_LABELS.district, current: values(district, 'value'), previous: values(district, 'previous'),
    ranking: unitRanking.rows, flags: unitRanking.rows.map((r) => ({ name: r.name, flags: r.flags })),
  });
  return {
    content: {
      title: bulletinTitle(month),
      generatedSummary,
      district,
      units: unitRanking,
      trend: trendView(district.slice, trendMonths, trendCounters.map((c) => figureValues(c.flow, c.stock))),
      interviews: suggestInterviews(unitRanking.rows, Object.fromEntries(unitRanking.rows.map((r) => [r.id, r.flags]))),
      flaggedUnits: flagged.length,
      seriousUnits: flagged.filter((r) => r.flags.some((f) => f.severity === 'serious')).length,
      generatedAt: at,
    },
    sections,
  };
};
