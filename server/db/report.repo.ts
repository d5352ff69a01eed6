import type { CreditedWork, FactsStamp } from './facts-stamp';
import { repository } from './repository';

/** A key-information report about an enterprise (art. 5.5, eight categories). */
export interface ReportDoc extends FactsStamp, CreditedWork {
  _id: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  /** The enterprise's current steward (a handover moves it); reportedBy keeps who reported. */
  stewardId: string;
  category: string;
  fields: Record<string, unknown>;
  /** One line in plain words, generated from the fields. */
  summary: string;
  risk: boolean;
  riskReason?: string;
  reportedBy: string;
  reportedByName: string;
  createdAt: Date;
}

export const reportRepo = repository('reports');
