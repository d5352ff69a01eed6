import type { Role } from '../../src/core/roles';
import type { DemandCategory, DemandStatus, Urgency } from '../../src/core/demand/demand.model';

/** Stored document shapes. Dates are stored as Date objects (CloudBase keeps them as dates). */

export type UnitKind = 'zone' | 'street' | 'town';

export interface UnitDoc {
  _id: string;
  name: string;
  kind: UnitKind;
}

export interface DepartmentDoc {
  _id: string;
  name: string;
}

export interface UserDoc {
  _id: string;
  /** When the account was bound to a WeChat user. */
  boundAt?: Date;
  /** Expiry of the account's unused binding code, kept here so account lists need no join. */
  pendingCodeExpiresAt?: Date;
  /** Set when the person binds their WeChat account; absent until then. */
  openid?: string;
  role: Role;
  name: string;
  phone?: string;
  status: 'active' | 'disabled';
  unitId?: string;
  /** For enterprise contacts. */
  enterpriseId?: string;
  /** For liaisons: the steward they help. */
  stewardId?: string;
  /** For department accounts. */
  departmentId?: string;
  createdAt: Date;
}

export interface EnterpriseDoc {
  _id: string;
  name: string;
  creditCode: string;
  industry: string;
  address: string;
  unitId: string;
  stewardId: string;
  /** Kept beside stewardId so lists and demands need no second read; updated on handover. */
  stewardName: string;
  tags: string[];
  location?: { latitude: number; longitude: number };
  /** Contact at least every N days, on-site visit at least every M days (unit-adjustable). */
  contactCadenceDays: number;
  visitCadenceDays: number;
  status: 'active' | 'removed';
  /** Latest contact of any kind and latest on-site visit, kept here for the cadence screens. */
  lastContactAt?: Date;
  lastVisitAt?: Date;
  /** 无事不扰: how and when the enterprise prefers to be contacted. */
  preferences?: { channels: string[]; quietPeriods: string; note: string; updatedAt: Date };
  removedAt?: Date;
  removedReason?: string;
  createdAt: Date;
  updatedAt?: Date;
}

/** A one-time code; its _id is the SHA-256 of the code, so the code itself is never stored. */
export interface BindingCodeDoc {
  _id: string;
  kind: 'account' | 'enterprise_contact';
  /** account: the account to bind. */
  userId?: string;
  /** enterprise_contact: the enterprise the person will represent. */
  enterpriseId?: string;
  expiresAt: Date;
  usedAt?: Date;
  usedBy?: string;
  revokedAt?: Date;
  createdBy: string;
  createdAt: Date;
}

export interface HandoverTaskDoc {
  _id: string;
  handoverId: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  fromStewardId: string;
  fromStewardName: string;
  toStewardId: string;
  toStewardName: string;
  createdAt: Date;
  dueAt: Date;
  completedAt?: Date;
  completedByContactId?: string;
  /** Set when a later handover moved the enterprise on before this task was done. */
  cancelledAt?: Date;
  escalatedAt?: Date;
}

export interface ProposalDoc {
  _id: string;
  unitId: string;
  kind: 'add' | 'remove';
  enterpriseId?: string;
  enterpriseName: string;
  creditCode?: string;
  industry?: string;
  address?: string;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  decisionReason?: string;
  decidedBy?: string;
  decidedAt?: Date;
  createdBy: string;
  createdAt: Date;
}

export interface CalendarOverrideDoc {
  /** YYYY-MM-DD */
  _id: string;
  working: boolean;
  note: string;
  updatedBy: string;
  updatedAt: Date;
}

export type ContactType = '电话' | '座谈' | '上门走访' | '短信/微信' | '其他';

export interface ContactDoc {
  _id: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  /** The enterprise's steward when the contact happened (the liaison records for them). */
  stewardId: string;
  recordedBy: string;
  recordedByName: string;
  type: ContactType;
  at: Date;
  who: string;
  topics: string;
  outcome: string;
  nextStep: string;
  demandIds: string[];
  checkIn?: { at: Date; latitude: number; longitude: number; distanceMeters: number | null; photoFileIds: string[] };
  createdAt: Date;
  updatedAt: Date;
}

export interface DemandEventDoc {
  at: Date;
  actorId: string;
  actorName: string;
  actorRole: Role;
  kind: string;
  text: string;
}

export interface DemandDoc {
  _id: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  stewardId: string;
  stewardName: string;
  category: DemandCategory;
  title: string;
  description: string;
  urgency: Urgency;
  status: DemandStatus;
  /** The handling department once dispatched. */
  departmentId?: string;
  submittedBy: string;
  onBehalf: boolean;
  /** Optimistic-concurrency counter: every update must match it and increment it. */
  version: number;
  timeline: DemandEventDoc[];
  createdAt: Date;
  updatedAt: Date;
  attachments?: AttachmentDoc[];
  departmentName?: string;
  complexity?: 'simple' | 'complex';
  /** Departments that returned the demand as not theirs. */
  returnedBy?: string[];
  reviewDueAt?: Date;
  dispatchedAt?: Date;
  contactDueAt?: Date;
  firstContactAt?: Date;
  acceptedAt?: Date;
  resolveDueAt?: Date;
  extensions?: Array<{ at: Date; reason: string; previousDueAt?: Date; newDueAt: Date; by: string }>;
  pausedAt?: Date;
  rerouteDueAt?: Date;
  resolvedAt?: Date;
  resolution?: string;
  autoCloseAt?: Date;
  ratings?: Array<{ at: Date; resolved: string; satisfaction: string; comment: string }>;
  callbackDueAt?: Date;
  callbackAt?: Date;
  rectifyDueAt?: Date;
  rectifiedAt?: Date;
  closedAt?: Date;
  closeReason?: 'rated' | 'auto' | 'withdrawn';
  /** Supervision (督办): the stage whose deadline is missed now, misses so far, escalation. */
  overdueStage?: string;
  missedKeys?: string[];
  escalatedAt?: Date;
  /** Kept for older records: true while the steward's review is overdue. */
  reviewOverdue?: boolean;
}

export interface AttachmentDoc {
  fileID: string;
  name: string;
  contentType: string;
  size: number;
}

/** One-time subscribe-message credits the user granted by tapping 允许 (per template). */
export interface SubscriptionDoc {
  _id: string;
  openid: string;
  userId: string;
  templateId: string;
  credits: number;
  updatedAt: Date;
}

export interface NotificationDoc {
  _id: string;
  userId: string;
  openid?: string;
  templateId: string;
  kind: string;
  recordId: string;
  data: Record<string, { value: string }>;
  page: string;
  status: 'sent' | 'no_credit' | 'failed' | 'no_openid';
  errCode?: number;
  errMsg?: string;
  createdAt: Date;
}

export interface AuditDoc {
  _id?: string;
  at: Date;
  actorId: string;
  actorRole: Role | 'system';
  action: string;
  collection: string;
  recordId: string;
  summary: string;
}

export interface ReportDoc {
  _id: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
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

export interface ResearchPromiseDoc {
  id: string;
  content: string;
  owner: string;
  dueDate: string;
  status: 'open' | 'closed';
  outcome?: string;
  closedAt?: Date;
  closedBy?: string;
}

export interface ResearchVisitDoc {
  _id: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  stewardId: string;
  date: string;
  leaders: string;
  accompanying: string;
  topics: string;
  promises: ResearchPromiseDoc[];
  openPromises: number;
  /** 回访: the steward follows up with the enterprise after the visit. */
  followUpDueAt: Date;
  followUpAt?: Date;
  followUpNote?: string;
  createdBy: string;
  createdAt: Date;
}

export interface PolicyDoc {
  _id: string;
  title: string;
  summary: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  industries: string[];
  tags: string[];
  link?: string;
  attachmentFileId?: string;
  createdBy: string;
  createdAt: Date;
}

export interface PromotionDoc {
  _id: string;
  policyId: string;
  policyTitle: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  stewardId: string;
  intendsToApply: boolean;
  note: string;
  recordedBy: string;
  recordedByName: string;
  createdAt: Date;
}

/** One row per steward per Shanghai day: the morning reminder is sent at most once. */
export interface ReminderLogDoc {
  _id: string;
  stewardId: string;
  date: string;
  overdue: number;
  dueSoon: number;
  status: string;
  createdAt: Date;
}
