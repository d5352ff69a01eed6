import type { LocalDatabaseOptions } from '../../../local-cloud/db';

/** The collections the conformance suite uses, locally and (prefixed) in a real environment. */
export const COLLECTIONS: LocalDatabaseOptions['collections'] = [
  { collection: 'items', indexes: [{ fields: ['status'] }, { fields: ['owner', '-createdAt'] }, { fields: ['-createdAt'] }] },
  { collection: 'users', indexes: [{ fields: ['openid'], unique: true }] },
  { collection: 'orders', indexes: [{ fields: ['userId'] }] },
  { collection: 'counters', indexes: [] },
];
