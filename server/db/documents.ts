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
  status: 'active' | 'removed';
  createdAt: Date;
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
  /** Set by the cron function when the steward's review is overdue. */
  reviewOverdue?: boolean;
  reviewDueAt?: Date;
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
