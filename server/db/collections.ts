/**
 * Every collection the platform uses and the indexes each needs. This list is the single
 * source: the local cloud creates exactly these collections and indexes, and an operator creates
 * the same ones in the CloudBase console (all with the "仅管理端可读写" permission).
 */
export interface IndexSpec {
  /** Field paths in order; a leading '-' means descending. */
  fields: string[];
  unique?: boolean;
}

export const COLLECTIONS = {
  units: { indexes: [] },
  departments: { indexes: [] },
  // [role, status, unitId]: active stewards per unit, counted from the index (staffing);
  // [role, status, _id]: the active stewards in batches by id (morning reminders).
  users: {
    indexes: [
      { fields: ['openid'] },
      { fields: ['role', 'unitId'] },
      { fields: ['role', 'status', 'unitId'] },
      { fields: ['role', 'status', '_id'] },
      { fields: ['enterpriseId'] },
      { fields: ['-createdAt'] },
    ],
  },
  enterprises: {
    indexes: [
      { fields: ['creditCode'], unique: true },
      // The list by name, per scope, with and without removed ones.
      { fields: ['name'] },
      { fields: ['status', 'name'] },
      { fields: ['unitId', 'name'] },
      { fields: ['unitId', 'status', 'name'] },
      { fields: ['stewardId', 'status', 'name'] },
      // Cadence (nextDueAt): the list nearest first, the morning's reminders, long overdue per unit.
      { fields: ['status', 'nextDueAt'] },
      { fields: ['unitId', 'status', 'nextDueAt'] },
      { fields: ['stewardId', 'status', 'nextDueAt'] },
      // Staffing counts per unit and steward, answered from this index alone (group by).
      { fields: ['status', 'unitId', 'stewardId'] },
    ],
  },
  demands: {
    indexes: [
      // Lists, newest first, per scope and per scope and state; counts per state (group by status).
      { fields: ['enterpriseId', '-createdAt'] },
      { fields: ['-createdAt'] },
      { fields: ['status', '-createdAt'] },
      { fields: ['stewardId', '-createdAt'] },
      { fields: ['stewardId', 'status', '-createdAt'] },
      { fields: ['unitId', '-createdAt'] },
      { fields: ['unitId', 'status', '-createdAt'] },
      { fields: ['departmentId', '-createdAt'] },
      { fields: ['departmentId', 'status', '-createdAt'] },
      // The running deadline (storedDue): overdue lists and counts per scope, supervision, auto-close.
      { fields: ['dueAt'] },
      { fields: ['stewardId', 'dueAt'] },
      { fields: ['unitId', 'dueAt'] },
      { fields: ['departmentId', 'dueAt'] },
      // The running stage per scope: bad reviews not yet called back (dueStage 'callback'), counted.
      { fields: ['dueStage'] },
      { fields: ['stewardId', 'dueStage'] },
      { fields: ['unitId', 'dueStage'] },
      { fields: ['departmentId', 'dueStage'] },
      { fields: ['superviseAt'] },
      { fields: ['status', 'autoCloseAt'] },
    ],
  },
  binding_codes: { indexes: [{ fields: ['userId'] }, { fields: ['enterpriseId'] }] },
  handover_tasks: {
    // [unitId, completedAt, cancelledAt]: a unit's open tasks (both missing) without its finished ones.
    indexes: [{ fields: ['toStewardId', 'dueAt'] }, { fields: ['unitId', 'dueAt'] }, { fields: ['unitId', 'completedAt', 'cancelledAt'] }, { fields: ['enterpriseId'] }, { fields: ['completedAt', 'dueAt'] }],
  },
  proposals: { indexes: [{ fields: ['unitId', '-createdAt'] }, { fields: ['status', '-createdAt'] }] },
  calendar_overrides: { indexes: [] },
  contacts: { indexes: [{ fields: ['enterpriseId', '-at'] }, { fields: ['stewardId', '-at'] }] },
  reports: {
    indexes: [
      { fields: ['-createdAt'] },
      { fields: ['unitId', '-createdAt'] },
      { fields: ['enterpriseId', '-createdAt'] },
      { fields: ['stewardId', '-createdAt'] },
      // Risk reports only (the homes' oversight cards), newest first.
      { fields: ['risk', '-createdAt'] },
      { fields: ['unitId', 'risk', '-createdAt'] },
    ],
  },
  research_visits: {
    indexes: [
      { fields: ['-date'] },
      { fields: ['stewardId', '-date'] },
      { fields: ['unitId', '-date'] },
      { fields: ['enterpriseId', '-date'] },
      // Open promises first (the homes' oversight cards), per scope.
      { fields: ['hasOpenPromises', '-date'] },
      { fields: ['stewardId', 'hasOpenPromises', '-date'] },
      { fields: ['unitId', 'hasOpenPromises', '-date'] },
    ],
  },
  policies: { indexes: [{ fields: ['-createdAt'] }] },
  promotions: { indexes: [{ fields: ['enterpriseId', '-createdAt'] }, { fields: ['policyId'] }, { fields: ['stewardId', '-createdAt'] }] },
  reminder_log: { indexes: [{ fields: ['date'] }] },
  /** Where a timer job working through a list has got to (saved per batch; the next run continues). */
  job_cursors: { indexes: [] },
  audit_log: { indexes: [{ fields: ['-at'] }, { fields: ['actorId', '-at'] }, { fields: ['recordId'] }, { fields: ['action', '-at'] }] },
  /** One-time subscribe-message credits the app has been granted, per user and template. */
  subscriptions: { indexes: [{ fields: ['openid', 'templateId'] }] },
  /** Every attempt to send a subscribe message, with WeChat's answer (sent or the error). */
  notifications: { indexes: [{ fields: ['-createdAt'] }, { fields: ['userId', '-createdAt'] }] },
  /** In-app messages (消息中心): every notice, whether or not a subscribe message went out. */
  messages: { indexes: [{ fields: ['userId', '-createdAt'] }, { fields: ['userId', 'read', '-createdAt'] }, { fields: ['expiresAt'] }] },
  /** Refused calls, one document per caller per Shanghai hour, for the district's security view. */
  refusals: { indexes: [{ fields: ['-hourStart'] }, { fields: ['userId', '-hourStart'] }] },
} satisfies Record<string, { indexes: IndexSpec[] }>;

export type CollectionName = keyof typeof COLLECTIONS;

export const collectionIndexes = (): Array<{ collection: string; indexes: IndexSpec[] }> =>
  Object.entries(COLLECTIONS).map(([collection, spec]) => ({ collection, indexes: spec.indexes }));
