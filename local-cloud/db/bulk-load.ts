/**
 * Filling a new data folder with a large data set in one go (the scale generator): documents go
 * straight into the store's tables in the store's own encoding, so the app reads them exactly as
 * it reads its own writes, but without a round trip, a transaction and an fsync per document.
 * Rows are sorted by the time each document was first written, so natural (rowid) order and page
 * locality are what years of the app's own inserts would have left; indexes are built once at the end.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { encodeStored, type Doc } from './codec';
import { describe, flagsOf, type IndexFlags, type IndexInfo } from './indexes';
import { keyOf } from './planner';
import { quoteIdent, type Statement } from './sqlite';
import { DB_FILE, Store } from './store';
import type { IndexSpec } from './types';

const BATCH = 50_000;
const stagingOf = (collection: string) => `bulk-load:${collection}`;

export interface BulkLoad {
  /** Queue one document; `at` (epoch ms) orders the collection's rows. */
  add(collection: string, doc: Doc, at: number): void;
  /** Write every collection in time order, build the declared indexes, switch the file to WAL. */
  finish(): Record<string, number>;
}

export function openBulkLoad(dir: string, collections: Array<{ collection: string; indexes: IndexSpec[] }>): BulkLoad {
  if (fs.existsSync(path.join(dir, DB_FILE))) throw new Error(`bulk load needs a new data folder; ${dir} already holds a database`);
  const store = new Store(dir);
  const { sql } = store;
  // Nothing here needs to survive a crash: an interrupted load leaves a folder to delete, not to
  // repair. Out of WAL first (its log would hold every page twice); better-sqlite3's defensive mode
  // forbids journal_mode=OFF, and an in-memory rollback journal is nearly as cheap.
  sql.pragma('journal_mode = DELETE');
  sql.pragma('journal_mode = MEMORY');
  sql.pragma('synchronous = OFF');
  sql.pragma('cache_size = -262144');
  const declared = new Map(collections.map((c) => [c.collection, c.indexes]));
  // What the documents hold on each index's paths, seen as they go in, so no index is scanned after.
  const flags = new Map(collections.map((c) => [c.collection, c.indexes.map((spec) => describe(c.collection, spec))]));
  const seen = (collection: string, doc: Doc) => {
    for (const info of flags.get(collection)!) {
      const f = flagsOf(doc, info.fields);
      info.multikey ||= f.multikey;
      info.unordered ||= f.unordered;
      info.ambiguous ||= f.ambiguous;
    }
  };
  const knownFlags = (collection: string) => new Map<string, IndexFlags>(flags.get(collection)!.map((i: IndexInfo) => [i.name, i]));
  const inserts = new Map<string, Statement>();
  const counts: Record<string, number> = {};
  let pending = 0;
  sql.exec('BEGIN');

  const insertInto = (collection: string): Statement => {
    let stmt = inserts.get(collection);
    if (!stmt) {
      if (!declared.has(collection)) throw new Error(`bulk load: ${collection} is not a declared collection`);
      sql.exec(`CREATE TABLE ${quoteIdent(stagingOf(collection))} (t INTEGER NOT NULL, k TEXT NOT NULL, doc TEXT NOT NULL)`);
      inserts.set(collection, (stmt = sql.prepare(`INSERT INTO ${quoteIdent(stagingOf(collection))} (t, k, doc) VALUES (?, ?, ?)`)));
    }
    return stmt;
  };

  return {
    add(collection, doc, at) {
      insertInto(collection).run(Math.round(at), keyOf(doc._id), encodeStored(doc));
      seen(collection, doc);
      counts[collection] = (counts[collection] ?? 0) + 1;
      if (++pending >= BATCH) {
        sql.exec('COMMIT; BEGIN');
        pending = 0;
      }
    },
    finish() {
      sql.exec('COMMIT');
      for (const [collection, indexes] of declared) {
        store.ensure(collection, []);
        if (inserts.has(collection)) {
          const staging = quoteIdent(stagingOf(collection));
          // A duplicate _id fails here, as a second insert of it would in the app.
          sql.exec(`INSERT INTO ${quoteIdent(collection)} (_id, doc) SELECT k, doc FROM ${staging} ORDER BY t, rowid; DROP TABLE ${staging}`);
        }
        store.ensure(collection, indexes, knownFlags(collection));
      }
      sql.pragma('journal_mode = WAL');
      store.close();
      return counts;
    },
  };
}
