import { ROLES, type Role } from '../roles';

/**
 * Who sees what, as data. For each kind of record and each role, the scope is a set of
 * "record field = viewer attribute" conditions, or 'all'. The same entry builds the list filter
 * and checks a single record (src/core/access/access.ts), so the two can never disagree. A role
 * missing from a kind's entry sees none of it: access is denied by default.
 */
export type RecordKind =
  | 'enterprise'
  | 'demand'
  | 'contact'
  | 'report'
  | 'research_visit'
  | 'promotion'
  | 'promotion_todo'
  | 'handover_task'
  | 'handover'
  | 'proposal'
  | 'account'
  | 'unit'
  | 'message'
  | 'figures'
  | 'training_record'
  | 'integrity_report'
  | 'upload'
  | 'rectification_plan'
  | 'spot_check_item'
  | 'interview'
  | 'summary'
  | 'bulletin'
  | 'assessment_result'
  | 'selection';

/** What a viewer brings to the comparison: their own id, or the enterprise, steward, unit or department they belong to. */
export type ViewerKey = 'id' | 'enterpriseId' | 'stewardId' | 'unitId' | 'departmentId';

export type Scope = 'all' | Readonly<Record<string, ViewerKey>>;

export type AccessTable = Readonly<Record<RecordKind, Readonly<Partial<Record<Role, Scope>>>>>;

/**
 * Staff scope over an enterprise's records. Records carry the enterprise's current steward in
 * `stewardId` (a handover moves it), so the steward serving the enterprise now and that steward's
 * liaison see its whole history, and the former steward sees none of it.
 */
const SERVING_STAFF = {
  steward: { stewardId: 'id' },
  liaison: { stewardId: 'stewardId' },
  unit_admin: { unitId: 'unitId' },
  district_admin: 'all',
} as const;

/** The enterprise's own contact sees the records kept for it. */
const OWN_ENTERPRISE = { enterprise: { enterpriseId: 'enterpriseId' } } as const;

export const ACCESS: AccessTable = {
  enterprise: { enterprise: { _id: 'enterpriseId' }, ...SERVING_STAFF },
  demand: { ...OWN_ENTERPRISE, ...SERVING_STAFF, department: { departmentId: 'departmentId' } },
  contact: { ...OWN_ENTERPRISE, ...SERVING_STAFF },
  promotion: { ...OWN_ENTERPRISE, ...SERVING_STAFF },
  // Key-information reports and research visits are internal: the enterprise does not see them.
  // A pushed policy to present: the serving steward's to-do, which the unit and district watch.
  promotion_todo: SERVING_STAFF,
  report: SERVING_STAFF,
  research_visit: SERVING_STAFF,
  handover_task: { steward: { toStewardId: 'id' }, liaison: { toStewardId: 'stewardId' }, unit_admin: { unitId: 'unitId' }, district_admin: 'all' },
  // A steward change: the unit that proposed it and the district that confirms it.
  handover: { unit_admin: { unitId: 'unitId' }, district_admin: 'all' },
  proposal: { unit_admin: { unitId: 'unitId' }, district_admin: 'all' },
  account: { unit_admin: { unitId: 'unitId' }, district_admin: 'all' },
  unit: { unit_admin: { _id: 'unitId' }, district_admin: 'all' },
  // Everyone reads only the messages addressed to them.
  message: Object.fromEntries(ROLES.map((role) => [role, { userId: 'id' }])),
  /**
   * Figures of a slice, the slice seen as a record: a unit `{ unitId }`, a steward `{ unitId,
   * stewardId }`, a department `{ departmentId }`, a category `{ category }`, the district `{}`.
   * The district sees all; a unit admin its unit and its stewards; a steward their own; a
   * department its own; enterprises and liaisons none.
   */
  figures: { district_admin: 'all', unit_admin: { unitId: 'unitId' }, steward: { stewardId: 'id' }, department: { departmentId: 'departmentId' } },
  // A steward's own training; the unit sees its stewards', the district everyone's.
  training_record: { steward: { userId: 'id' }, unit_admin: { unitId: 'unitId' }, district_admin: 'all' },
  // 亲清 reports (art. 11): the reporter's own and the district's. Never the steward, liaison or unit as such.
  integrity_report: { ...Object.fromEntries(ROLES.map((role) => [role, { reporterId: 'id' }])), district_admin: 'all' },
  // A file path issued for an upload is its uploader's alone: nobody else can cite the file.
  upload: Object.fromEntries(ROLES.map((role) => [role, { ownerId: 'id' }])),
  // A unit's rectification plans: its admins draft and report them, the district reviews all.
  rectification_plan: { unit_admin: { unitId: 'unitId' }, district_admin: 'all' },
  // A drawn contact and its verification: the steward it concerns, the unit, the district.
  spot_check_item: { steward: { stewardId: 'id' }, unit_admin: { unitId: 'unitId' }, district_admin: 'all' },
  interview: { unit_admin: { unitId: 'unitId' }, district_admin: 'all' },
  // Annual summaries (art. 8): a steward's own personal one; the unit's summaries (its stewards' and its own); the district all.
  summary: { steward: { stewardId: 'id' }, unit_admin: { unitId: 'unitId' }, district_admin: 'all' },
  /**
   * The monthly bulletin's district part goes to every unit (once published: the actions check
   * the status); a unit's own part is a `figures` record `{ unitId }`, so a unit admin sees only theirs.
   */
  bulletin: { district_admin: 'all', unit_admin: 'all' },
  // The annual assessment's scores (a unit's and its stewards'): the unit sees its own once published, the district all.
  assessment_result: { unit_admin: { unitId: 'unitId' }, district_admin: 'all' },
  // Excellent-steward nominations: a unit makes and sees its own, the district reviews them all.
  selection: { unit_admin: { unitId: 'unitId' }, district_admin: 'all' },
};

/**
 * Who is drawn charts (`chart.render`): whoever can open a screen that shows one, the figures
 * screens (their figures) and the monthly bulletin. A chart carries only what its caller already
 * read, so the role is the whole check.
 */
export const CHART_VIEWERS: readonly Role[] = ROLES.filter((role) => ACCESS.figures[role] || ACCESS.bulletin[role]);
