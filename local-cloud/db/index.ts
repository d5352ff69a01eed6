/**
 * Embedded database that behaves like WeChat CloudBase for wx-server-sdk 4.0.2:
 *   const db = openLocalDatabase({ dir, collections });
 *   installSdkBridge(() => db);
 *   const cloud = require('wx-server-sdk'); cloud.init({ env: 'local' }); cloud.database()...
 */
import { randomBytes } from 'node:crypto';
import { planQuery } from './planner';
import { createHandler, createReadHandler } from './handler';
import { withId, type Ctx } from './ops';
import { Store } from './store';
import { Transactions } from './transactions';
import type { ExplainResult, LocalDatabase, LocalDatabaseOptions } from './types';

export type { ExplainResult, IndexSpec, LocalDatabase, LocalDatabaseOptions } from './types';
export { installSdkBridge, locateSdk, type RequestOrder } from './bridge';
export { DB_FILE } from './store';

const DEFAULT_TRANSACTION_TIMEOUT_MS = 10_000;

export function openLocalDatabase(opts: LocalDatabaseOptions): LocalDatabase {
  const store = new Store(opts.dir);
  store.atomically(() => {
    for (const c of opts.collections) store.ensure(c.collection, c.indexes);
  });
  // CloudBase ids are 32 lowercase hex characters.
  const ctx: Ctx = { store, newId: () => randomBytes(16).toString('hex') };
  const txs = new Transactions(ctx, opts.transactionTimeoutMs ?? DEFAULT_TRANSACTION_TIMEOUT_MS);
  const handler = createHandler(ctx, txs);
  let trips = 0;
  let maxRows = 0;

  const explain = (collection: string, filter: object = {}, sort?: Record<string, 1 | -1>): ExplainResult => {
    const estimate = (p: Parameters<typeof store.estimate>[1], cap: number) => store.estimate(collection, p, cap);
    const plan = planQuery(filter as Record<string, unknown>, store.indexes(collection), { sort: sort && Object.entries(sort), limited: !!sort }, estimate);
    const ordered = !!plan?.order;
    return { index: plan?.index ?? null, ordered, exact: !!plan?.exact, plan: store.explainSql(store.selectSql(collection, plan, ordered), plan?.params ?? []) };
  };

  return {
    handle(api, data) {
      trips++;
      // The handler does all its reading synchronously before it returns, so the difference is this request's alone.
      const before = store.rowsScanned();
      const reply = handler(api, data);
      maxRows = Math.max(maxRows, store.rowsScanned() - before);
      return reply;
    },
    roundTrips: () => trips,
    resetRoundTrips: () => {
      trips = 0;
    },
    insertMany(collection, docs) {
      store.atomically(() => docs.forEach((d) => store.insert(collection, withId(ctx, { ...d }))));
    },
    count: (collection) => store.count(collection),
    close() {
      txs.endAll();
      store.close();
    },
    explain,
    rowsScanned: () => store.rowsScanned(),
    maxRowsPerRequest: () => maxRows,
    resetRowsScanned: () => {
      store.resetRowsScanned();
      maxRows = 0;
    },
  };
}

/** A second connection to a database folder that answers reads only (see openReadReplica). */
export interface ReadReplica {
  /** The reply to a read it serves; undefined for any other request, which the owner must answer. */
  read(api: string, data: Record<string, unknown> | undefined): unknown;
  close(): void;
}

/**
 * Reads of a folder another connection owns (the local server's function instances, each on its own
 * thread): WAL lets them run beside the owner's writes, each in a snapshot of what was committed.
 * Nothing here writes; collections and indexes are the owner's (created by openLocalDatabase).
 */
export function openReadReplica(opts: Pick<LocalDatabaseOptions, 'dir' | 'collections'>): ReadReplica {
  const store = new Store(opts.dir);
  store.attach(opts.collections);
  const ctx: Ctx = {
    store,
    newId: () => {
      throw new Error('a read replica writes nothing');
    },
  };
  const read = createReadHandler(ctx);
  return { read, close: () => store.close() };
}

/**
 * A database whose reads the replica answers, and whose every other request (writes, transactions,
 * a collection the replica does not know) goes to its owner: what a function instance uses.
 */
export function replicatedDatabase(replica: ReadReplica, owner: (api: string, data: Record<string, unknown>) => Promise<unknown>): LocalDatabase {
  let trips = 0;
  const ownerOnly = (what: string) => () => {
    throw new Error(`${what}: ask the database's owner`);
  };
  return {
    handle(api, data) {
      trips++;
      const read = replica.read(api, data);
      return read === undefined ? owner(api, data) : Promise.resolve(read);
    },
    roundTrips: () => trips,
    resetRoundTrips: () => {
      trips = 0;
    },
    insertMany: ownerOnly('insertMany'),
    count: ownerOnly('count'),
    explain: ownerOnly('explain'),
    rowsScanned: () => 0,
    maxRowsPerRequest: () => 0,
    resetRowsScanned: () => undefined,
    close: () => replica.close(),
  };
}
