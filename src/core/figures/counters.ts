import { REPORT_CATEGORY_KEYS } from './report-categories';

/**
 * The additive counters every figure is derived from. Two families, because they add up
 * differently:
 * - FLOW counters count events dated on a Shanghai day (a demand received, a stage done on time,
 *   a rating). They sum across records, slices and days, so a period's value is the sum of its
 *   days' (or months') rollup rows.
 * - STOCK counters describe a moment (enterprises within their cadence now, demands overdue now).
 *   They sum across records and slices but not across days: a period takes the snapshot at its end.
 * Every counter is a flat numeric field so a database `$group` can `$sum` each one and a rollup
 * row can `$inc` each one; nothing here needs the records themselves.
 */

/** Timed stages of a demand, each "on time" against its working-day limit. */
export const DEMAND_STAGES = ['review', 'contact', 'resolve', 'reroute', 'callback', 'rectify', 'decide'] as const;
export type DemandStageKey = (typeof DEMAND_STAGES)[number];

/** The 好差评 levels under field-safe keys, best first (same order as SATISFACTION_LEVELS). */
export const LEVEL_KEYS = ['verySatisfied', 'satisfied', 'basicallySatisfied', 'dissatisfied', 'veryDissatisfied'] as const;
export type LevelKey = (typeof LEVEL_KEYS)[number];

/** Handling days are kept as a histogram so medians stay additive; the last bucket means "this many or more". */
export const HANDLING_DAY_BUCKETS = 31;
export const handlingDaysKey = (days: number) => `handlingDays${Math.min(Math.max(0, Math.floor(days)), HANDLING_DAY_BUCKETS - 1)}` as const;
const HANDLING_DAY_KEYS = Array.from({ length: HANDLING_DAY_BUCKETS }, (_, d) => `handlingDays${d}` as const);

const stageKeys = DEMAND_STAGES.flatMap((s) => [`${s}OnTime`, `${s}Late`] as const);
const firstLevelKeys = LEVEL_KEYS.map((l) => `first_${l}` as const);
const secondLevelKeys = LEVEL_KEYS.map((l) => `second_${l}` as const);
const reportKeys = REPORT_CATEGORY_KEYS.map((k) => `reports_${k}` as const);

/** What a demand's ratings add, and nothing else does: a demand without a rating has none of them. */
export const RATING_COUNTER_KEYS = [...firstLevelKeys, 'firstResolved', 'firstPartlyResolved', 'firstUnresolved', 'firstBad', ...secondLevelKeys, 'secondBad'] as const;

export const FLOW_COUNTER_KEYS = [
  // demands
  'received', 'dispatched', 'resolved', 'closed', 'withdrawn', 'autoClosed', 'closedUnresolved', 'misrouted', 'escalated', 'extensions',
  ...stageKeys,
  'handlingDaysCount', ...HANDLING_DAY_KEYS,
  // satisfaction
  ...RATING_COUNTER_KEYS,
  // service
  'contacts', 'onsiteVisits', 'checkIns', 'checkInsFar', 'checkInsUnlocated',
  'handoverOnTime', 'handoverLate',
  'reports', 'reportsRisk', ...reportKeys,
  'researchVisits', 'followUpOnTime', 'followUpLate', 'promisesMade', 'promisesKept', 'promisesLate',
  'promotions', 'promotionsIntending',
  'spotChecksTrue', 'spotChecksFalse', 'spotChecksUnreachable',
] as const;
export type FlowCounterKey = (typeof FLOW_COUNTER_KEYS)[number];

export const STOCK_COUNTER_KEYS = [
  'enterprises', 'contactWithinCadence', 'visitWithinCadence', 'contactLongOverdue', 'withBoundContact',
  'stewards',
  'demandsOpen', 'demandsOverdue', 'demandsEscalatedOpen',
  'handoversOpen', 'handoversOverdue',
  'promisesOpen', 'promisesOverdue',
] as const;
export type StockCounterKey = (typeof STOCK_COUNTER_KEYS)[number];

export type CounterKey = FlowCounterKey | StockCounterKey;
export type FlowCounters = Record<FlowCounterKey, number>;
export type StockCounters = Record<StockCounterKey, number>;

/** What a figure is derived from: a period's summed flows and the stock snapshot at its end. */
export interface FigureCounters {
  flow: FlowCounters;
  stock: StockCounters;
}

/** Every counter at zero, copied from one template per key list (a spread is much cheaper than building it). */
const zeroTemplates = new Map<readonly string[], Record<string, number>>();
const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => {
  let template = zeroTemplates.get(keys);
  if (!template) zeroTemplates.set(keys, (template = Object.fromEntries(keys.map((k) => [k, 0]))));
  return { ...template } as Record<K, number>;
};
export const emptyFlow = (): FlowCounters => zeros(FLOW_COUNTER_KEYS);
export const emptyStock = (): StockCounters => zeros(STOCK_COUNTER_KEYS);
export const emptyCounters = (): FigureCounters => ({ flow: emptyFlow(), stock: emptyStock() });

/**
 * Adds partial counters (a record's contribution, a rollup row) into a full set; keys the set does
 * not hold are ignored. Walks each part's own keys: parts are sparse, the key lists long.
 */
const addInto = <K extends string>(target: Record<K, number>, parts: ReadonlyArray<Partial<Record<K, number>> | undefined>) => {
  for (const part of parts) {
    if (!part) continue;
    for (const key in part) {
      const value = part[key];
      if (typeof value === 'number' && Object.prototype.hasOwnProperty.call(target, key)) target[key] += value;
    }
  }
  return target;
};

export const sumFlows = (parts: ReadonlyArray<Partial<FlowCounters> | undefined>): FlowCounters => addInto(emptyFlow(), parts);
export const sumStocks = (parts: ReadonlyArray<Partial<StockCounters> | undefined>): StockCounters => addInto(emptyStock(), parts);

/** Counters of several slices or records together (e.g. units into the district). */
export const combine = (parts: ReadonlyArray<{ flow?: Partial<FlowCounters>; stock?: Partial<StockCounters> }>): FigureCounters => ({
  flow: sumFlows(parts.map((p) => p.flow)),
  stock: sumStocks(parts.map((p) => p.stock)),
});

/** The median of the handling-day histogram (mean of the two middle values for an even count), or null. */
export const medianHandlingDays = (flow: Partial<FlowCounters>): number | null => {
  const counts = HANDLING_DAY_KEYS.map((k) => flow[k] ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const valueAt = (position: number) => {
    let seen = 0;
    for (let day = 0; day < counts.length; day++) {
      seen += counts[day];
      if (seen >= position) return day;
    }
    return counts.length - 1;
  };
  const lower = valueAt(Math.ceil(total / 2));
  const upper = total % 2 === 0 ? valueAt(total / 2 + 1) : lower;
  return (lower + upper) / 2;
};
