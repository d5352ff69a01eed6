import { figureValues } from '../../src/core/figures/figure-views';
import { periodBounds, periodContaining, periodLabel, type Period } from '../../src/core/figures/periods';
import { HEADLINE_FIGURES, type Headline, type HighlightView, type StewardAnnexRow, type SummaryKind, type SummaryReference } from '../../src/core/summary/summary.model';
import { prefillSections, referenceRows } from '../../src/core/summary/summary.prefill';
import type { Sections } from '../../src/core/summary/summary.model';
import type { Database } from '../runtime/cloud-types';
import { demandRepo } from '../db/demand.repo';
import { summaryRepo, type SummaryDoc } from '../db/summary.repo';
import { statsId, trainingStatsRepo } from '../db/training-stats.repo';
import { userRepo } from '../db/user.repo';
import { sliceCounters } from '../figures/figure-reads';
import { compareChinese } from '../../src/core/text/chinese-order';

/**
 * The data a summary is prefilled from, read where the platform keeps it: the year's figures of
 * the steward's or unit's slice (the same rollups `figures.get` reads), training hours (the
 * training rollup), the year's closed demands rated 非常满意, and for a unit its stewards.
 */

/** Highlights per summary: the newest few are enough to name in the text. */
const HIGHLIGHTS = 5;

export const yearPeriod = (year: number): Period => periodContaining('year', `${year}-06-30`);

const highlightsOf = async (db: Database, kind: SummaryKind, subjectId: string, p: Period): Promise<HighlightView[]> => {
  const { start, end } = periodBounds(p);
  const _ = db.command;
  const scope = kind === 'steward' ? { stewardId: subjectId } : { unitId: subjectId };
  // Closed by a 非常满意 rating in the year: the stored exemplaryAt (derived-fields.ts), one index range.
  const rows = await demandRepo
    .find(db, { ...scope, exemplaryAt: _.and(_.gte(start), _.lt(end)) })
    .orderBy('exemplaryAt', 'desc')
    .limit(HIGHLIGHTS)
    .field({ _id: true, title: true, enterpriseName: true, stewardName: true, closedAt: true })
    .get();
  return rows.data.map((d) => ({ demandId: d._id, title: d.title, enterpriseName: d.enterpriseName, stewardName: d.stewardName, closedAt: d.closedAt!.toISOString() }));
};

const EMPTY_HEADLINE: Headline = Object.fromEntries(HEADLINE_FIGURES.map((k) => [k, null])) as Headline;

/** A steward's key figures from their reference table, kept on the summary when it is submitted. */
export const headlineOf = (reference: SummaryReference): Headline =>
  Object.fromEntries(HEADLINE_FIGURES.map((k) => [k, reference.rows.find((r) => r.key === k)?.value ?? null])) as Headline;

/** A steward's annex row: their summary's state and submitted figures, and their training hours so far. */
const annexRow = (s: { _id: string; name: string }, summary: SummaryDoc | undefined, hours: number): StewardAnnexRow => {
  // The figures a steward submitted with their summary; none while it is not in.
  const headline = summary && summary.status !== 'draft' ? summary.headline : undefined;
  return { stewardId: s._id, name: s.name, state: summary?.status ?? 'not_started', ...(summary ? { summaryId: summary._id } : {}), ...(headline ?? EMPTY_HEADLINE), trainingHours: hours };
};

/**
 * A unit's stewards beside their summaries: the unit summary's annex, as it is frozen on submission.
 * Read from the summaries themselves (their headline figures), never from each steward's rollups.
 */
const annexOf = async (db: Database, year: number, unitId: string): Promise<StewardAnnexRow[]> => {
  const [stewards, summaries, training] = await Promise.all([
    userRepo.stewardNames(db, unitId),
    summaryRepo.ofUnit(db, year, 'steward', unitId),
    trainingStatsRepo.stewardsOf(db, year, unitId),
  ]);
  const bySteward = new Map(summaries.map((s) => [s.subjectId, s]));
  const hours = new Map(training.map((t) => [t.subjectId, t.hours]));
  return stewards
    // Active stewards, and anyone who left but wrote a summary for the year.
    .filter((s) => s.status === 'active' || bySteward.has(s._id))
    .map((s) => annexRow(s, bySteward.get(s._id), hours.get(s._id) ?? 0))
    .sort((a, b) => compareChinese(a.name, b.name));
};

/** How many stewards the writer's page shows in the annex; the list of the stewards' summaries pages them all. */
export const ANNEX_PREVIEW = 20;

/**
 * The annex while the unit summary is being written: its first active stewards by name and how
 * many there are, read for that page only (a unit may have hundreds); the whole annex is read
 * when the summary is submitted and kept with it.
 */
const annexPreviewOf = async (db: Database, year: number, unitId: string): Promise<{ stewards: StewardAnnexRow[]; stewardCount: number }> => {
  const [first, stewardCount] = await Promise.all([userRepo.activeStewardsByName(db, unitId, 0, ANNEX_PREVIEW), userRepo.count(db, { role: 'steward', status: 'active', unitId })]);
  const ids = first.map((s) => s._id);
  const [summaries, training] = await Promise.all([summaryRepo.ofStewards(db, year, ids), trainingStatsRepo.ofStewards(db, year, ids)]);
  const bySteward = new Map(summaries.map((s) => [s.subjectId, s]));
  // In the annex's order (pinyin) within the page: a unit of up to ANNEX_PREVIEW stewards reads as its whole annex will.
  const stewards = first.map((s) => annexRow(s, bySteward.get(s._id), training.get(s._id)?.hours ?? 0)).sort((a, b) => compareChinese(a.name, b.name));
  return { stewards, stewardCount };
};

export interface Prefill {
  reference: SummaryReference;
  sections: Sections;
}

/**
 * The reference table of a summary as the data stands now, and the starting text built from it.
 * `annex`: 'whole' when the reference is frozen (a submission), 'preview' for a page that shows it
 * while the summary is written or reviewed in draft.
 */
export const prefillOf = async (db: Database, s: { year: number; kind: SummaryKind; subjectId: string; subjectName: string; unitId: string }, now: Date, today: string, annex: 'whole' | 'preview' = 'whole'): Promise<Prefill> => {
  const p = yearPeriod(s.year);
  const [[counters], training, highlights, annexed] = await Promise.all([
    sliceCounters(db, [p], s.kind, s.subjectId, today),
    trainingStatsRepo.get(db, statsId(s.year, s.kind, s.subjectId)),
    highlightsOf(db, s.kind, s.subjectId, p),
    s.kind !== 'unit' ? Promise.resolve(undefined) : annex === 'whole' ? annexOf(db, s.year, s.unitId).then((stewards) => ({ stewards })) : annexPreviewOf(db, s.year, s.unitId),
  ]);
  const stewards = annexed?.stewards;
  const figures = figureValues(counters.flow, counters.stock);
  const trainingHours = training?.hours ?? 0;
  const reference: SummaryReference = {
    year: s.year, periodLabel: `${periodLabel(p)}（${p.from} 至 ${p.to}）`, computedAt: now.toISOString(), stockDay: counters.stockDay,
    rows: referenceRows({ kind: s.kind, figures, trainingHours }), highlights, ...(annexed ?? {}),
  };
  return { reference, sections: prefillSections({ kind: s.kind, year: s.year, subjectName: s.subjectName, figures, trainingHours, highlights, stewards }) };
};

