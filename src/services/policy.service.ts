import type { PageResult } from '@/core/demand/demand.model';
import type { PolicyView, PromotionView } from '@/core/fieldwork/fieldwork.model';
import { callAction } from './cloud';

/** The shape of `policy.create` (policyCreateInput); typed here so pages do not ship zod. */
export interface PolicyCreateInput {
  title: string;
  summary: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  industries: string[];
  tags: string[];
  link?: string;
}

export const createPolicy = (input: PolicyCreateInput) => callAction<PolicyView>('policy.create', input);

/** An enterprise gets only the policies in force that match its industry and tags. */
export const listPolicies = (input: { keyword?: string; includeExpired?: boolean; page: number; pageSize: number }) =>
  callAction<PageResult<PolicyView>>('policy.list', input);

export const promotePolicy = (input: { policyId: string; enterpriseId: string; intendsToApply: boolean; note: string }) =>
  callAction<PromotionView>('policy.promote', input);

export const listPromotions = (input: { enterpriseId?: string; policyId?: string; page: number; pageSize: number }) =>
  callAction<PageResult<PromotionView>>('policy.promotions', input);
