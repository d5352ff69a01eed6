import type {
  DemandCategory,
  DemandDetail,
  DemandStatus,
  DemandSummary,
  PageResult,
  Urgency,
} from '@/core/demand/demand.model';
import { callAction } from './cloud';

export interface SubmitDemandInput {
  category: DemandCategory;
  title: string;
  description: string;
  urgency: Urgency;
  /** Same id on every retry of one draft, so the server can drop duplicates. */
  clientRequestId: string;
}

export interface ListDemandsInput {
  status?: DemandStatus;
  page?: number;
  pageSize?: number;
}

export const submitDemand = (input: SubmitDemandInput) => callAction<{ id: string }>('demand.submit', input);

export const listDemands = (input: ListDemandsInput) => callAction<PageResult<DemandSummary>>('demand.list', input);

export const getDemand = (id: string) => callAction<DemandDetail>('demand.get', { id });
