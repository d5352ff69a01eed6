import type { FlowCounterKey, FlowCounters, StockCounters } from './counters';

/**
 * The slices a figure can be cut by. Every record says which unit, steward, department and
 * category it belongs to; the district is everything.
 */
export const SLICE_DIMENSIONS = ['district', 'unit', 'steward', 'department', 'category'] as const;
export type SliceDimension = (typeof SLICE_DIMENSIONS)[number];
export const SLICE_LABELS: Record<SliceDimension, string> = { district: '全区', unit: '属地单位', steward: '服务管家', department: '承办部门', category: '诉求类别' };

export interface SliceValues {
  unitId: string;
  stewardId: string;
  /** Only demands have a department (once dispatched) and a category. */
  departmentId?: string;
  category?: string;
}

/** One record's increments on one Shanghai day, for the slices it belongs to. */
export interface Contribution {
  day: string;
  slices: SliceValues;
  flow: Partial<FlowCounters>;
}

/** A record's part of a stock snapshot (enterprises within cadence, demands overdue now, ...). */
export interface StockContribution {
  slices: SliceValues;
  stock: Partial<StockCounters>;
}

export const one = (key: FlowCounterKey): Partial<FlowCounters> => ({ [key]: 1 });

/** Merges contributions that share a day and slices (fewer rollup writes, same totals). */
export const mergeContributions = (items: readonly Contribution[]): Contribution[] => {
  const byKey = new Map<string, Contribution>();
  for (const c of items) {
    const key = `${c.day}|${c.slices.unitId}|${c.slices.stewardId}|${c.slices.departmentId ?? ''}|${c.slices.category ?? ''}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { day: c.day, slices: c.slices, flow: { ...c.flow } });
      continue;
    }
    for (const [k, v] of Object.entries(c.flow) as Array<[FlowCounterKey, number]>) seen.flow[k] = (seen.flow[k] ?? 0) + v;
  }
  return [...byKey.values()];
};
