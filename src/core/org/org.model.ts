import type { CheckInFlag } from '../contact/geo';
import type { Role } from '../roles';

/** What the organisation screens show. Dates are ISO 8601 strings. */

export interface UnitView {
  id: string;
  name: string;
  kind: 'zone' | 'street' | 'town';
}

export interface DepartmentView {
  id: string;
  name: string;
}

export type AccountStatus = 'active' | 'disabled';
export type StaffRole = Exclude<Role, 'enterprise'>;

export interface AccountView {
  id: string;
  role: Role;
  name: string;
  phone?: string;
  status: AccountStatus;
  bound: boolean;
  unitId?: string;
  unitName?: string;
  departmentId?: string;
  stewardId?: string;
  /** A liaison's steward by name (in account lists). */
  stewardName?: string;
  enterpriseId?: string;
  /** A binding code waiting to be used, if any (the code itself is shown only once, at issue). */
  pendingCodeExpiresAt?: string;
  /** Why the district set a staffing rule aside for this account (a second 总管家 or liaison). */
  staffingOverride?: string;
  createdAt: string;
}

export interface IssuedCode {
  /** Shown once: only its hash is stored. */
  code: string;
  expiresAt: string;
  /** PNG data URL of a QR code holding the code, for scanning on the spot. */
  qrDataUrl: string;
}

export interface EnterpriseView {
  id: string;
  name: string;
  creditCode: string;
  industry: string;
  address: string;
  unitId: string;
  unitName?: string;
  stewardId: string;
  stewardName: string;
  stewardPhone?: string;
  tags: string[];
  contactCadenceDays: number;
  visitCadenceDays: number;
  status: 'active' | 'removed';
  lastContactAt?: string;
  lastVisitAt?: string;
  /** Where the enterprise is (GCJ-02): on-site check-ins are measured against it. */
  location?: { latitude: number; longitude: number };
  /** 无事不扰: the enterprise's preferred channels and quiet periods. */
  preferences?: { channels: string[]; quietPeriods: string; note: string; updatedAt: string };
}

export interface StewardLoad {
  id: string;
  name: string;
  phone?: string;
  status: AccountStatus;
  /** Signed in with WeChat: only bound stewards count toward the unit's average of 10 and take enterprises. */
  bound: boolean;
  enterprises: number;
  overloaded: boolean;
  liaisonNames: string[];
  openHandoverTasks: number;
  overdueHandoverTasks: number;
}

/** A page of a unit's stewards (`org.stewards`), with how many match in all. */
export interface StewardPage {
  items: StewardLoad[];
  page: number;
  pageSize: number;
  hasMore: boolean;
  total: number;
}

export interface UnitDashboard {
  unit: UnitView;
  /** Stewards who count toward the average: active and signed in (the kept staffing figures). */
  activeStewards: number;
  /** Stewards serving more than 10 enterprises. */
  overloadedStewards: number;
  assignedEnterprises: number;
  unassignedEnterprises: number;
  averagePerSteward: number;
  /** True when the unit sits at the limit: the next assignment would be refused. */
  atLimit: boolean;
  /** The oldest few overdue handover tasks, and how many there are. */
  overdueHandoverTasks: HandoverTaskView[];
  overdueHandoverTaskCount: number;
  pendingProposals: number;
}

export interface UnitSummary {
  unit: UnitView;
  stewards: number;
  enterprises: number;
  averagePerSteward: number;
  overloadedStewards: number;
  overdueHandoverTasks: number;
}

/** The district's home: every unit at a glance (`dashboard.district`). */
export interface DistrictDashboard {
  units: UnitSummary[];
  overdueHandoverTasks: HandoverTaskView[];
  pendingProposals: number;
  /** The most enterprises per steward a unit may average (staffing rule), for the bars' scale. */
  maxAverage: number;
}

export type HandoverStatus = 'pending' | 'confirmed' | 'rejected';

/**
 * A steward change (art. 10): the unit proposes it, the district confirms it (or starts it
 * itself); only then do the enterprises move and the new steward's tasks begin.
 */
export interface HandoverView {
  id: string;
  unitId: string;
  unitName?: string;
  fromStewardId: string;
  fromStewardName: string;
  toStewardId: string;
  toStewardName: string;
  enterpriseIds: string[];
  enterpriseNames: string[];
  reason: string;
  status: HandoverStatus;
  proposedByName: string;
  createdAt: string;
  decidedByName?: string;
  decidedAt?: string;
  decisionReason?: string;
  /** Confirmed: how many enterprises actually moved (some may have moved since the proposal). */
  movedEnterprises?: number;
}

export type HandoverTaskState = 'open' | 'done' | 'overdue';

export interface HandoverTaskView {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  fromStewardName: string;
  toStewardId: string;
  toStewardName: string;
  createdAt: string;
  dueAt: string;
  completedAt?: string;
  state: HandoverTaskState;
  escalated: boolean;
}

export type ProposalStatus = 'pending' | 'approved' | 'rejected';

export interface ProposalView {
  id: string;
  unitId: string;
  unitName?: string;
  kind: 'add' | 'remove';
  enterpriseId?: string;
  enterpriseName: string;
  creditCode?: string;
  reason: string;
  status: ProposalStatus;
  decisionReason?: string;
  createdAt: string;
  decidedAt?: string;
}

export interface AuditEntryView {
  id: string;
  at: string;
  actorId: string;
  actorName?: string;
  actorRole: string;
  action: string;
  collection: string;
  recordId: string;
  summary: string;
  /** 'ok', or the error code the write ended with. */
  outcome: string;
}

export interface ImportRowError {
  /** 1-based row number as Excel shows it (the header is row 1). */
  row: number;
  column: string;
  message: string;
}

export interface ImportResult {
  imported: number;
  errors: ImportRowError[];
}

export interface EnterpriseContactView {
  id: string;
  name: string;
  phone?: string;
  bound: boolean;
  status: AccountStatus;
}

export interface ContactView {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  type: string;
  at: string;
  who: string;
  topics: string;
  outcome: string;
  nextStep: string;
  /** The account that recorded it (only the recorder may correct it). */
  recordedBy: string;
  recordedByName: string;
  checkIn?: { at: string; distanceMeters: number | null; flag?: CheckInFlag };
  /** The visit's photos, each with a short-lived link (absent when storage could not give one). */
  photos: { fileId: string; url?: string }[];
  createdAt: string;
}

/** A day the district set apart from the official calendar (a make-up working day, a day off). */
export interface CalendarOverride {
  date: string;
  working: boolean;
  note: string;
  /** Set when the day is part of that year's official schedule as entered by the district. */
  officialYear?: number;
}
