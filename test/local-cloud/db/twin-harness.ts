/**
 * Two databases with the same documents, one with the indexes under test and one with none, both
 * behind the real SDK: a query must give the same answer on both (the SQL step only ever narrows),
 * while the indexed one reads fewer rows.
 */
import { installSdkBridge, openLocalDatabase, type IndexSpec, type LocalDatabase } from '../../../local-cloud/db';

export interface Twins {
  readonly indexed: LocalDatabase;
  readonly plain: LocalDatabase;
  // The SDK's own types are loose (any); tests use it exactly as cloud functions do.
  readonly db: any;
  readonly _: any;
  /** Run a query on both; returns both answers and the rows each read. */
  both(query: (db: any) => Promise<any>): Promise<{ indexed: any; plain: any; rowsIndexed: number; rowsPlain: number }>;
}

export function useTwins(collection: string, indexes: IndexSpec[], docs: () => object[]): Twins {
  let indexed: LocalDatabase | undefined;
  let plain: LocalDatabase | undefined;
  let current: LocalDatabase | undefined;
  installSdkBridge(() => current!);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk');
  cloud.init({ env: 'local' });
  const db = cloud.database();
  beforeEach(() => {
    indexed = openLocalDatabase({ dir: ':memory:', collections: [{ collection, indexes }] });
    plain = openLocalDatabase({ dir: ':memory:', collections: [{ collection, indexes: [] }] });
    const all = docs();
    indexed.insertMany(collection, all);
    plain.insertMany(collection, all);
  });
  afterEach(() => {
    indexed?.close();
    plain?.close();
  });
  const run = async (on: LocalDatabase, query: (db: any) => Promise<any>) => {
    current = on;
    on.resetRowsScanned();
    const answer = await query(db);
    return { answer, rows: on.rowsScanned() };
  };
  return {
    get indexed() {
      return indexed!;
    },
    get plain() {
      return plain!;
    },
    db,
    _: db.command,
    async both(query) {
      const a = await run(indexed!, query);
      const b = await run(plain!, query);
      return { indexed: a.answer, plain: b.answer, rowsIndexed: a.rows, rowsPlain: b.rows };
    },
  };
}
