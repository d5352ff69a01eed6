import type { z } from 'zod';
import type { stepInputs } from '@/core/contracts/demand-step.contracts';
import type {
  DemandCategory,
  DemandDetail,
  DemandStatus,
  DemandSummary,
  PageResult,
  Urgency,
} from '@/core/demand/demand.model';
import { callAction } from './cloud';

export interface AttachmentRef {
  fileID: string;
  name: string;
}

export interface SubmitDemandInput {
  category: DemandCategory;
  title: string;
  description: string;
  urgency: Urgency;
  /** Same id on every retry of one draft, so the server can drop duplicates. */
  clientRequestId: string;
  attachments?: AttachmentRef[];
}

export interface ListDemandsInput {
  status?: DemandStatus;
  category?: DemandCategory;
  /** Only demands whose running deadline has passed. */
  overdue?: boolean;
  enterpriseId?: string;
  page?: number;
  pageSize?: number;
}

export interface DemandCounts {
  byStatus: Partial<Record<DemandStatus, number>>;
  overdue: number;
  /** Bad reviews the steward has not called back yet (待回访). */
  awaitingCallback: number;
  total: number;
}

/** The lifecycle steps a person can take (autoClose is the system's). */
export type StepName = keyof typeof stepInputs;
export type StepInput<S extends StepName> = z.input<(typeof stepInputs)[S]>;
export interface StepResult {
  id: string;
  status: DemandStatus;
  version: number;
}

export const submitDemand = (input: SubmitDemandInput) => callAction<{ id: string }>('demand.submit', input);

export const listDemands = (input: ListDemandsInput) => callAction<PageResult<DemandSummary>>('demand.list', input);

export const getDemand = (id: string) => callAction<DemandDetail>('demand.get', { id });

export const countDemands = () => callAction<DemandCounts>('demand.counts', {});

/** One lifecycle step, e.g. `sendStep('dispatch', { id, version, departmentId, complexity })`. */
export const sendStep = <S extends StepName>(step: S, input: StepInput<S>) => callAction<StepResult>(`demand.${step}`, input);

