import type { PageResult } from '@/core/demand/demand.model';
import type { HandoverTaskView } from '@/core/org/org.model';
import { callAction } from './cloud';

export type HandoverTaskState = HandoverTaskView['state'];

export interface CreateHandoverInput {
  fromStewardId: string;
  toStewardId: string;
  /** Omitted: every enterprise of the outgoing steward. */
  enterpriseIds?: string[];
}

export const createHandover = (input: CreateHandoverInput) =>
  callAction<{ handoverId: string; tasks: HandoverTaskView[] }>('handover.create', input);

export const listHandoverTasks = (input: { state?: HandoverTaskState; page?: number; pageSize?: number }) =>
  callAction<PageResult<HandoverTaskView>>('handover.tasks', input);

const PENDING_PAGE_SIZE = 50;

/** Tasks still to do (overdue and open), for a home screen; sorting is the caller's. */
export async function listPendingHandoverTasks(): Promise<HandoverTaskView[]> {
  const [overdue, open] = await Promise.all([
    listHandoverTasks({ state: 'overdue', page: 1, pageSize: PENDING_PAGE_SIZE }),
    listHandoverTasks({ state: 'open', page: 1, pageSize: PENDING_PAGE_SIZE }),
  ]);
  return [...overdue.items, ...open.items];
}
