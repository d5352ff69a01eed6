import type { CreditedWork, FactsStamp } from './facts-stamp';
import { repository } from './repository';

/** A policy explained to an enterprise, and whether it intends to apply. */
export interface PromotionDoc extends FactsStamp, CreditedWork {
  _id: string;
  policyId: string;
  policyTitle: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  /** The enterprise's current steward (a handover moves it); recordedBy keeps who promoted. */
  stewardId: string;
  intendsToApply: boolean;
  note: string;
  recordedBy: string;
  recordedByName: string;
  createdAt: Date;
}

export const promotionRepo = repository('promotions');
