/**
 * Test harness: the real wx-server-sdk, bridged to a fresh in-memory LocalDatabase per test.
 * Tests talk to the database only the way cloud functions do (cloud.database()), so they check the
 * SDK's real request and reply handling too.
 *
 * With CONFORMANCE_TARGET=remote (`npm run test:conformance -- --remote`) the same tests run
 * against a real CloudBase environment instead (remote-harness.ts); tests of the local engine's
 * own instruments (explain, rows scanned, round trips, raw handle()) are marked `localOnly`.
 */
import { installSdkBridge, openLocalDatabase, type LocalDatabase, type LocalDatabaseOptions } from '../../../local-cloud/db';
import { COLLECTIONS } from './conformance-collections';
import { managerFor, prefixedDatabase, remoteFacade, remoteTarget } from './remote-harness';

export { COLLECTIONS };

const REMOTE = process.env.CONFORMANCE_TARGET === 'remote';

/** For tests of the local engine itself: skipped against a real environment. */
export const localOnly = { test: REMOTE ? test.skip : test, describe: REMOTE ? describe.skip : describe };

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
  if (REMOTE) return useRemoteCloud();
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

/** The real environment: each test starts with the suite's collections empty; collections a test creates are dropped. */
function useRemoteCloud(): Harness {
  const target = remoteTarget();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk');
  // Outside CloudBase the SDK signs its requests with an API key pair (passed on to @cloudbase/node-sdk).
  cloud.init({ env: target.envId, secretId: target.secretId, secretKey: target.secretKey });
  const created = new Set<string>();
  const db = prefixedDatabase(cloud.database(), target.prefix, created);
  const manager = managerFor(target);
  beforeEach(async () => {
    for (const { collection } of COLLECTIONS) await db.collection(collection).where({ _id: db.command.exists(true) }).remove();
  }, 120_000);
  afterEach(async () => {
    for (const name of created) await manager.database.deleteCollection(name);
    created.clear();
  }, 60_000);
  return { local: remoteFacade(db) as unknown as LocalDatabase, db, _: db.command, cloud };
}
