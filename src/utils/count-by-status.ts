import { DEMAND_STATUSES, type DemandStatus, type DemandSummary } from '@/core/demand/demand.model';

/** Non-zero counts per status, in the lifecycle order of DEMAND_STATUSES. */
export function countByStatus(items: DemandSummary[]): { status: DemandStatus; count: number }[] {
  const counts = new Map<DemandStatus, number>();
  for (const item of items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  return DEMAND_STATUSES.filter((status) => counts.has(status)).map((status) => ({ status, count: counts.get(status)! }));
}
