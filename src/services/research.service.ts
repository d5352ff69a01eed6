import type { PageResult } from '@/core/demand/demand.model';
import type { ResearchVisitView } from '@/core/fieldwork/fieldwork.model';
import { callAction } from './cloud';

export interface PromiseInput {
  content: string;
  owner: string;
  dueDate: string;
}

/** The shape of `research.record` (researchRecordInput); typed here so pages do not ship zod. */
export interface ResearchRecordInput {
  enterpriseId: string;
  date: string;
  leaders: string;
  accompanying: string;
  topics: string;
  promises: PromiseInput[];
}

export const recordResearch = (input: ResearchRecordInput) => callAction<ResearchVisitView>('research.record', input);

export const listResearch = (input: { openOnly?: boolean; enterpriseId?: string; page: number; pageSize: number }) =>
  callAction<PageResult<ResearchVisitView>>('research.list', input);

export const closePromise = (input: { visitId: string; promiseId: string; outcome: string }) =>
  callAction<ResearchVisitView>('research.closePromise', input);

export const followUpResearch = (input: { visitId: string; note: string }) => callAction<ResearchVisitView>('research.followUp', input);
