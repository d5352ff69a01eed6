/**
 * Embedded database that behaves like WeChat CloudBase for wx-server-sdk 4.0.2:
 *   const db = openLocalDatabase({ dir, collections });
 *   installSdkBridge(() => db);
 *   const cloud = require('wx-server-sdk'); cloud.init({ env: 'local' }); cloud.database()...
 */
import { randomBytes } from 'node:crypto';
import { planQuery } from './planner';
import { createHandler } from './handler';
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
