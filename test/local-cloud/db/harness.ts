/**
 * Test harness: the real wx-server-sdk, bridged to a fresh in-memory LocalDatabase per test.
 * Tests talk to the database only the way cloud functions do (cloud.database()), so they check the
 * SDK's real request and reply handling too.
 */
import { installSdkBridge, openLocalDatabase, type LocalDatabase, type LocalDatabaseOptions } from '../../../local-cloud/db';

export const COLLECTIONS: LocalDatabaseOptions['collections'] = [
  { collection: 'items', indexes: [{ fields: ['status'] }, { fields: ['owner', '-createdAt'] }, { fields: ['-createdAt'] }] },
  { collection: 'users', indexes: [{ fields: ['openid'], unique: true }] },
  { collection: 'orders', indexes: [{ fields: ['userId'] }] },
  { collection: 'counters', indexes: [] },
];

export interface Harness {
  /** The database the bridge currently routes to (replaced before each test). */
  readonly local: LocalDatabase;
  // The SDK's own types are loose (any); tests use it exactly as cloud functions do.
  readonly db: any;
  readonly _: any;
  readonly cloud: any;
}

/** Call at the top of a test file: opens a fresh database before each test and closes it after. */
export function useLocalCloud(opts: Partial<LocalDatabaseOptions> = {}): Harness {
  let local: LocalDatabase | undefined;
  installSdkBridge(() => {
    if (!local) throw new Error('no local database open');
    return local;
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk');
  cloud.init({ env: 'local' });
  const db = cloud.database();
  beforeEach(() => {
    local = openLocalDatabase({ dir: ':memory:', collections: COLLECTIONS, ...opts });
  });
  afterEach(() => {
    local?.close();
    local = undefined;
  });
  return {
    get local() {
      if (!local) throw new Error('no local database open');
      return local;
    },
    db,
    _: db.command,
    cloud,
  };
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<{ errCode?: number; errMsg?: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { errCode?: number; errMsg?: string; message: string };
  }
  throw new Error('expected the call to fail, but it succeeded');
}

export const ids = (docs: Array<{ _id: unknown }>): unknown[] => docs.map((d) => d._id);
