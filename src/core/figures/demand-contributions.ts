import { shanghaiDate } from '../time/shanghai';
import type { CalendarOverrides } from '../time/working-days';
import { handlingDaysKey, type FlowCounterKey, type FlowCounters, type StockCounters } from './counters';
import { mergeContributions, one, type Contribution, type SliceValues, type StockContribution } from './contributions';
import { demandFacts, stageOutcome, type DemandFacts, type DemandFactsInput, type RatingFact } from './demand-facts';

/**
 * A demand's contributions to the flow counters. Everything goes to the demand's unit, steward,
 * category and current department, except: the first dispatch, contact/resolve outcomes and
 * misroutings go to the department of that dispatch; the steward's and the district's own
 * stages (review, call-back, re-routing) go to no department.
 */
export const contributionsFromFacts = (d: DemandFactsInput, f: DemandFacts): Contribution[] => {
  const slices: SliceValues = { unitId: d.unitId, stewardId: d.stewardId, category: d.category, ...(d.departmentId ? { departmentId: d.departmentId } : {}) };
  const out: Contribution[] = [];
  const add = (day: string | undefined, flow: Partial<FlowCounters>, departmentId?: string) => {
    if (!day) return;
    out.push({ day, slices: departmentId === undefined ? slices : { ...slices, departmentId: departmentId || undefined }, flow });
  };
  add(f.receivedOn, one('received'));
  add(f.dispatchedOn, one('dispatched'), f.stages.find((s) => s.stage === 'contact')?.departmentId);
  add(f.resolvedOn, one('resolved'));
  add(f.closedOn, one('closed'));
  add(f.withdrawnOn, one('withdrawn'));
  add(f.autoClosedOn, one('autoClosed'));
  add(f.unresolvedClosedOn, one('closedUnresolved'));
  add(f.escalatedOn, one('escalated'));
  for (const m of f.misrouted) add(m.day, one('misrouted'), m.departmentId);
  for (const x of f.extendedOn) add(x, one('extensions'));
  for (const s of f.stages) {
    const outcome = stageOutcome(s);
    const day = outcome === 'late' ? s.lateOn : outcome === 'onTime' ? (s.doneAt ? shanghaiDate(s.doneAt) : undefined) : undefined;
    if (outcome === 'onTime' || outcome === 'late') add(day, one(`${s.stage}${outcome === 'onTime' ? 'OnTime' : 'Late'}` as FlowCounterKey), s.departmentId);
  }
  if (f.resolvedOn && f.handlingWorkingDays !== undefined) add(f.resolvedOn, { handlingDaysCount: 1, [handlingDaysKey(f.handlingWorkingDays)]: 1 });
  if (f.firstRating) add(f.firstRating.day, ratingCounters('first', f.firstRating));
  if (f.secondRating) add(f.secondRating.day, ratingCounters('second', f.secondRating));
  return mergeContributions(out);
};

const RESOLVED_KEYS = { 已解决: 'firstResolved', 部分解决: 'firstPartlyResolved', 未解决: 'firstUnresolved' } as const;

const ratingCounters = (which: 'first' | 'second', r: RatingFact): Partial<FlowCounters> => {
  const counters: Partial<FlowCounters> = { [`${which}_${r.level}`]: 1 };
  if (which === 'first') {
    counters[RESOLVED_KEYS[r.resolved]] = 1;
    if (r.bad) counters.firstBad = 1;
  } else if (r.bad) counters.secondBad = 1;
  return counters;
};

/** The demand's part of the stock snapshot at `now`. */
export const stockFromFacts = (d: DemandFactsInput, f: DemandFacts): StockContribution => {
  const stock: Partial<StockCounters> = {};
  if (f.open) {
    stock.demandsOpen = 1;
    if (f.overdueStage) stock.demandsOverdue = 1;
    if (f.escalatedOn) stock.demandsEscalatedOpen = 1;
  }
  return { slices: { unitId: d.unitId, stewardId: d.stewardId, category: d.category, ...(d.departmentId ? { departmentId: d.departmentId } : {}) }, stock };
};

/** Facts, flow contributions and stock of one demand in one call (what a write recomputes). */
export const demandFigures = (d: DemandFactsInput, overrides: CalendarOverrides, now: Date) => {
  const facts = demandFacts(d, overrides, now);
  return { facts, contributions: contributionsFromFacts(d, facts), stock: stockFromFacts(d, facts) };
};
