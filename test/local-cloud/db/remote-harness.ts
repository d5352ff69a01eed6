/**
 * The conformance suite against a real CloudBase environment (`npm run test:conformance -- --remote`).
 * The same tests get the real wx-server-sdk initialised with API credentials, its database seen
 * through a throw-away collection prefix that scripts/conformance.ts creates and drops. Only the
 * calls the tests make are prefixed: collection(), createCollection(), transactions' collection()
 * and aggregate lookup's `from`.
 */
import CloudBase from '@cloudbase/manager-node';

export interface RemoteTarget {
  envId: string;
  secretId: string;
  secretKey: string;
  prefix: string;
}

export const remoteTarget = (): RemoteTarget => {
  const { CLOUDBASE_ENV_ID, CLOUDBASE_SECRET_ID, CLOUDBASE_SECRET_KEY, CONFORMANCE_PREFIX } = process.env;
  if (!CLOUDBASE_ENV_ID || !CLOUDBASE_SECRET_ID || !CLOUDBASE_SECRET_KEY || !CONFORMANCE_PREFIX) {
    throw new Error('remote conformance runs through `npm run test:conformance -- --remote`, which sets the credentials and the prefix');
  }
  return { envId: CLOUDBASE_ENV_ID, secretId: CLOUDBASE_SECRET_ID, secretKey: CLOUDBASE_SECRET_KEY, prefix: CONFORMANCE_PREFIX };
};

/** `target` with some methods replaced; every other method is called on the target itself. */
const withMethods = (target: any, replaced: Record<string, (...args: any[]) => unknown>): any =>
  new Proxy(target, {
    get(t, key) {
      if (typeof key === 'string' && key in replaced) return replaced[key];
      const value = Reflect.get(t, key, t);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });

// wx-server-sdk hands back a new aggregate object from each stage, so every one is wrapped.
const isAggregate = (value: any) => value && typeof value === 'object' && typeof value.lookup === 'function' && typeof value.end === 'function';

export const prefixedDatabase = (db: any, prefix: string, created: Set<string>): any => {
  const aggregate = (agg: any): any =>
    new Proxy(agg, {
      get(t, key) {
        const value = Reflect.get(t, key, t);
        if (typeof value !== 'function') return value;
        if (key === 'lookup') return (stage: { from: string }) => aggregate(value.call(t, { ...stage, from: prefix + stage.from }));
        return (...args: unknown[]) => {
          const result = value.apply(t, args);
          return isAggregate(result) ? aggregate(result) : result;
        };
      },
    });
  const collection = (owner: any) => (name: string) => {
    const coll = owner.collection(prefix + name);
    return withMethods(coll, { aggregate: (...args: unknown[]) => aggregate(coll.aggregate(...args)) });
  };
  const transaction = (tx: any) => withMethods(tx, { collection: collection(tx) });
  return withMethods(db, {
    collection: collection(db),
    createCollection: (name: string) => {
      created.add(prefix + name);
      return db.createCollection(prefix + name);
    },
    runTransaction: (callback: (tx: any) => unknown, times?: number) => db.runTransaction((tx: any) => callback(transaction(tx)), times),
    startTransaction: async () => transaction(await db.startTransaction()),
  });
};

export const managerFor = (target: RemoteTarget) =>
  new CloudBase({ envId: target.envId, secretId: target.secretId, secretKey: target.secretKey });

/** What the tests use of the local engine, done through the SDK; engine internals are local only. */
export const remoteFacade = (db: any) => {
  const localOnly = (what: string) => () => {
    throw new Error(`${what} is the local engine's own instrument; this test is marked localOnly`);
  };
  return {
    async insertMany(collection: string, docs: object[]) {
      for (let i = 0; i < docs.length; i += 100) await db.collection(collection).add({ data: docs.slice(i, i + 100) });
    },
    async count(collection: string) {
      return (await db.collection(collection).count()).total as number;
    },
    handle: localOnly('handle()'),
    explain: localOnly('explain()'),
    rowsScanned: localOnly('rowsScanned()'),
    resetRowsScanned: localOnly('resetRowsScanned()'),
    roundTrips: localOnly('roundTrips()'),
    resetRoundTrips: localOnly('resetRoundTrips()'),
  };
};
