import type { HandoverTaskView } from '@/core/org/org.model';
import { action } from './action';

export const listHandoverTasks = action('handover.tasks');

/** Steward changes: a unit's own requests, or every unit's for the district. */
export const listHandovers = action('handover.list');

/** How many steward changes wait for the district (a home badge; 50+ shows as 50). */
export const countPendingHandovers = async (): Promise<number> => (await listHandovers({ status: 'pending', page: 1, pageSize: 50 })).items.length;

const PENDING_PAGE_SIZE = 50;

/** Tasks still to do (overdue and open), for a home screen; sorting is the caller's. */
export async function listPendingHandoverTasks(): Promise<HandoverTaskView[]> {
  const [overdue, open] = await Promise.all([
    listHandoverTasks({ state: 'overdue', page: 1, pageSize: PENDING_PAGE_SIZE }),
    listHandoverTasks({ state: 'open', page: 1, pageSize: PENDING_PAGE_SIZE }),
  ]);
  return [...overdue.items, ...open.items];
}
