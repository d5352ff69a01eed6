import type { CadenceState } from '../contact/cadence';
import type { DemandAttachment, DemandSummary } from '../demand/demand.model';
import type { ContactView, EnterpriseView } from '../org/org.model';
import type { PolicyPushView } from './policy-push';

/** What the field-work screens show. Dates are ISO 8601 strings; plain dates are YYYY-MM-DD. */

export interface ReportView {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  category: string;
  fields: Record<string, unknown>;
  summary: string;
  risk: boolean;
  riskReason?: string;
  reportedByName: string;
  createdAt: string;
}

export interface ResearchPromiseView {
  id: string;
  content: string;
  owner: string;
  dueDate: string;
  status: 'open' | 'closed';
  outcome?: string;
  overdue: boolean;
}

/** planned: entered ahead with its plan; recorded: it happened (a plan becomes the record); cancelled: called off. */
export type ResearchStatus = 'planned' | 'recorded' | 'cancelled';

export interface ResearchVisitView {
  id: string;
  status: ResearchStatus;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  /** The visit's date, or the planned date. */
  date: string;
  leaders: string;
  accompanying: string;
  stewardAccompanies: boolean;
  topics: string;
  /** The plan (调研方案): PDF or images, each with a short-lived link. */
  planFiles: DemandAttachment[];
  promises: ResearchPromiseView[];
  openPromises: number;
  /** Recorded visits only. */
  followUpDueAt?: string;
  followUpAt?: string;
  followUpNote?: string;
  cancelReason?: string;
}

export interface PolicyView {
  id: string;
  title: string;
  summary: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  industries: string[];
  tags: string[];
  link?: string;
  attachmentUrl?: string;
  expired: boolean;
  /** The district's view of the push to matching enterprises (absent for others). */
  push?: PolicyPushView;
}

/** A matching enterprise's steward is to present a pushed policy to it; done when the promotion is recorded. */
export interface PromotionTodoView {
  id: string;
  policyId: string;
  policyTitle: string;
  enterpriseId: string;
  enterpriseName: string;
  createdAt: string;
  doneAt?: string;
}

export interface PromotionView {
  id: string;
  policyId: string;
  policyTitle: string;
  enterpriseId: string;
  enterpriseName: string;
  intendsToApply: boolean;
  note: string;
  recordedByName: string;
  createdAt: string;
}

export interface CadenceRow {
  enterpriseId: string;
  enterpriseName: string;
  lastContactAt?: string;
  lastVisitAt?: string;
  contactDueAt: string;
  visitDueAt: string;
  contactState: CadenceState;
  visitState: CadenceState;
  state: CadenceState;
  daysOverdue: number;
  preferences?: EnterprisePreferences;
  /** Who serves it ('' or absent while unassigned), for the unit's and the district's views. */
  stewardName?: string;
}

export interface EnterprisePreferences {
  channels: string[];
  quietPeriods: string;
  note: string;
  updatedAt: string;
}

export interface EnterpriseProfile {
  enterprise: EnterpriseView;
  cadence: CadenceRow;
  preferences?: EnterprisePreferences;
  contacts: ContactView[];
  demands: DemandSummary[];
  reports: ReportView[];
  researchVisits: ResearchVisitView[];
  promotions: PromotionView[];
}

/** The filtered reports as an Excel file in cloud storage, with a temporary download link. */
export interface ReportExport {
  fileID: string;
  url?: string;
  rows: number;
}
