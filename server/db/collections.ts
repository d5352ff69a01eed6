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
  users: { indexes: [{ fields: ['openid'] }, { fields: ['role', 'unitId'] }, { fields: ['enterpriseId'] }, { fields: ['-createdAt'] }] },
  enterprises: { indexes: [{ fields: ['stewardId'] }, { fields: ['unitId'] }, { fields: ['creditCode'], unique: true }] },
  demands: {
    indexes: [
      { fields: ['enterpriseId', '-createdAt'] },
      { fields: ['stewardId', '-createdAt'] },
      { fields: ['unitId', '-createdAt'] },
      { fields: ['status'] },
      { fields: ['-createdAt'] },
      // The hourly job reads waits for materials whose next milestone has passed.
      { fields: ['materialsDueAt'] },
    ],
  },
  binding_codes: { indexes: [{ fields: ['userId'] }, { fields: ['enterpriseId'] }] },
  handover_tasks: {
    indexes: [{ fields: ['toStewardId', 'dueAt'] }, { fields: ['unitId', 'dueAt'] }, { fields: ['enterpriseId'] }, { fields: ['completedAt', 'dueAt'] }],
  },
  proposals: { indexes: [{ fields: ['unitId', '-createdAt'] }, { fields: ['status', '-createdAt'] }] },
  calendar_overrides: { indexes: [] },
  /** Each change to the working-day calendar, and how far the recomputation of open deadlines has got. */
  calendar_changes: { indexes: [{ fields: ['status', 'at'] }] },
  contacts: { indexes: [{ fields: ['enterpriseId', '-at'] }, { fields: ['stewardId', '-at'] }] },
  reports: { indexes: [{ fields: ['-createdAt'] }, { fields: ['unitId', '-createdAt'] }, { fields: ['enterpriseId', '-createdAt'] }, { fields: ['stewardId', '-createdAt'] }] },
  research_visits: { indexes: [{ fields: ['stewardId', '-date'] }, { fields: ['unitId', '-date'] }, { fields: ['enterpriseId', '-date'] }] },
  policies: { indexes: [{ fields: ['-createdAt'] }] },
  promotions: { indexes: [{ fields: ['enterpriseId', '-createdAt'] }, { fields: ['policyId'] }, { fields: ['stewardId', '-createdAt'] }] },
  reminder_log: { indexes: [{ fields: ['date'] }] },
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
