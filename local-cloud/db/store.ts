/**
 * SQLite storage: one table per collection (`_id` TEXT primary key, `doc` JSON text), declared
 * expression indexes, and the counters tests use to see whether an index narrowed a read.
 * Everything here is synchronous, so one request's read-modify-write can never interleave with another's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeStored, encodeStored, type Doc } from './codec';
import { collectionExists, collectionNotExist, duplicateKey, invalidParam } from './errors';
import { addsFlag, applyStoredFlags, describe, FLAGS_ROWS_SQL, FLAGS_SUM_SQL, flagsOf, saveFlags, syncIndexes, type IndexFlags, type IndexInfo } from './indexes';
import { keyOf, type Plan } from './planner';
import type { ArraySlice, KeptFields, ReadShape } from './projection';
import { GroupCommit } from './group-commit';
import { openSqlite, quoteIdent, quoteLiteral, type SqliteDatabase, type Statement } from './sqlite';
import type { IndexSpec } from './types';

/**
 * The stored document with one top-level array cut to its first elements, in SQL: `->` keeps each
 * element's JSON as stored (json_each's value would turn true/false into 1/0). Anything but an
 * array is left as it is, as MongoDB's $slice leaves it.
 */
const slicedDoc = (doc: string, { field, count }: ArraySlice): string => {
  const path = quoteLiteral(`$."${field}"`);
  const cut = `(SELECT json_group_array(doc -> fullkey) FROM (SELECT fullkey FROM json_each(doc, ${path}) LIMIT ${count}))`;
  return `(CASE WHEN json_type(doc, ${path}) = 'array' THEN json_set(${doc}, ${path}, ${cut}) ELSE ${doc} END)`;
};

/**
 * The kept fields of the embedded document at `path` (a SQL expression) as a JSON object, each as
 * stored and in stored order. A field with narrower paths kept is cut the same way when it is an
 * embedded document and kept whole otherwise: a date (stored as {"$date": …}) is a value, and into
 * an array MongoDB projects element by element, which mingo does on the whole value.
 */
const keptObject = (keep: KeptFields, path: string, depth = 0): string => {
  const j = `j${depth}`;
  const names = [...keep.keys()];
  const value = (name: string) => {
    const sub = keep.get(name)!;
    // An object with a '$' key is a stored EJSON value (a date …), not an embedded document: whole.
    const embedded = `${j}.type = 'object' AND NOT EXISTS (SELECT 1 FROM json_each(doc, ${j}.fullkey) WHERE key LIKE '$%')`;
    return sub === true ? `doc -> ${j}.fullkey` : `CASE WHEN ${embedded} THEN ${keptObject(sub, `${j}.fullkey`, depth + 1)} ELSE doc -> ${j}.fullkey END`;
  };
  const byName = names.every((n) => keep.get(n) === true) ? `doc -> ${j}.fullkey` : `CASE ${j}.key ${names.map((n) => `WHEN ${quoteLiteral(n)} THEN ${value(n)}`).join(' ')} END`;
  return `(SELECT json_group_object(${j}.key, ${byName}) FROM json_each(doc, ${path}) AS ${j} WHERE ${j}.key IN (${names.map(quoteLiteral).join(', ')}))`;
};

/**
 * Cutting costs SQLite a walk of the document and a new JSON text: it pays for a big document
 * (a demand with its timeline, a score with its breakdown), not for a small one, which decodes
 * faster whole (a unit's 283 steward accounts and snapshot rows: 38 against 46 ms cut, same data).
 */
const CUT_FROM_BYTES = 1024;

/** The stored text a read decodes: the whole document, or, for a big one, only what the read needs. */
const storedPart = ({ keep, slices = [], drop = [] }: ReadShape): string => {
  // An excluded field (a demand's timeline, description, similarity bands: most of its text) is never decoded.
  if (drop.length) return `json_remove(doc, ${drop.map((field) => quoteLiteral(`$."${field}"`)).join(', ')})`;
  return slices.reduce(slicedDoc, keep ? `(CASE WHEN octet_length(doc) > ${CUT_FROM_BYTES} THEN ${keptObject(keep, "'$'")} ELSE doc END)` : 'doc');
};

export interface Row {
  key: string;
  raw: string;
  doc: Doc;
}

/** CloudBase collection names: letters, digits, '_' and '-'; SQLite reserves the sqlite_ prefix. */
const VALID_NAME = /^[A-Za-z0-9_-]{1,128}$/;
export const validCollectionName = (name: unknown): name is string =>
  typeof name === 'string' && VALID_NAME.test(name) && !name.toLowerCase().startsWith('sqlite_');

export const DB_FILE = 'local-cloud.sqlite';

export class Store {
  readonly sql: SqliteDatabase;
  private readonly collections = new Map<string, IndexInfo[]>();
  private readonly statements = new Map<string, Statement>();
  private scanned = 0;
  private readonly group: GroupCommit;
  /** The index flags' sum this connection last loaded, and the file's data_version then (snapshot; -1: not yet). */
  private flagsSeen = -1;
  private versionSeen = -1;

  constructor(dir: string) {
    let file = ':memory:';
    if (dir !== ':memory:') {
      fs.mkdirSync(dir, { recursive: true });
      file = path.join(dir, DB_FILE);
    }
    this.sql = openSqlite(file);
    this.group = new GroupCommit(this.sql);
    const tables = this.sql
      .prepare<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .all()
      // The engine's own tables carry a ':' (index flags, bulk-load staging), which no collection name may.
      .filter(({ name }) => !name.includes(':'));
    for (const { name } of tables) this.collections.set(name, []);
  }

  private stmt<R = unknown>(sql: string): Statement<R> {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.sql.prepare(sql)));
    return s as Statement<R>;
  }

  exists(name: string): boolean {
    return this.collections.has(name);
  }

  /** Index list of a collection; throws the collection-not-exist error CloudBase gives. */
  indexes(name: unknown): IndexInfo[] {
    const found = typeof name === 'string' ? this.collections.get(name) : undefined;
    if (!found) throw collectionNotExist(String(name));
    return found;
  }

  /** db.createCollection: fails if it exists already. */
  create(name: unknown): void {
    if (!validCollectionName(name)) throw invalidParam(`invalid collection name: ${String(name)}`);
    if (this.exists(name)) throw collectionExists(name);
    this.ensure(name, []);
  }

  /** Create a declared collection (if missing) and bring its indexes in line with the declaration. */
  ensure(name: string, specs: IndexSpec[], knownFlags?: Map<string, IndexFlags>): void {
    if (!validCollectionName(name)) throw new Error(`invalid collection name: ${name}`);
    this.sql.exec(`CREATE TABLE IF NOT EXISTS ${quoteIdent(name)} (_id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
    this.collections.set(name, syncIndexes(this.sql, name, specs, knownFlags));
  }

  /**
   * Take the declared collections as the connection that owns the file created them: a read replica
   * on another thread (openReadReplica) runs no DDL; its indexes' flags come from the file (snapshot).
   */
  attach(declared: Array<{ collection: string; indexes: IndexSpec[] }>): void {
    for (const { collection, indexes } of declared) {
      if (this.collections.has(collection)) this.collections.set(collection, indexes.map((spec) => describe(collection, spec)));
    }
    this.flagsSeen = -1;
    this.versionSeen = -1;
  }

  /**
   * Run a read in one snapshot of the file, planned with the index flags of that snapshot. Another
   * connection's write may have turned a flag on (the first array under an indexed path): the
   * flags only ever turn on, so a changed sum means reload them before planning.
   */
  snapshot<T>(read: () => T): T {
    this.stmt('BEGIN').run();
    try {
      // data_version moves only when another connection commits: then the flags may have, too.
      const version = this.stmt<{ data_version: number }>('PRAGMA data_version').get()!.data_version;
      if (version !== this.versionSeen) {
        const sum = this.stmt<{ n: number }>(FLAGS_SUM_SQL).get()!.n;
        if (sum !== this.flagsSeen) applyStoredFlags([...this.collections.values()].flat(), this.stmt<IndexFlags & { name: string }>(FLAGS_ROWS_SQL).all());
        this.flagsSeen = sum;
        this.versionSeen = version;
      }
      return read();
    } finally {
      this.stmt('COMMIT').run();
    }
  }

  rowsScanned(): number {
    return this.scanned;
  }

  resetRowsScanned(): void {
    this.scanned = 0;
  }

  /** Raw stored text of one document, or undefined. */
  getRaw(coll: string, key: string): string | undefined {
    this.indexes(coll);
    const row = this.stmt<{ doc: string }>(`SELECT doc FROM ${quoteIdent(coll)} WHERE _id = ?`).get(key);
    if (row) this.scanned++;
    return row?.doc;
  }

  /**
   * Statement text for a plan, read in the plan's sort order or in rowid (insertion) order —
   * MongoDB's natural order; shared with explain(). A single-index plan names its index, so
   * SQLite walks it rather than sorting a temporary copy.
   */
  selectSql(coll: string, plan: Plan | null, ordered = false, maxRows?: number, shape: ReadShape = {}): string {
    const index = plan && ordered && plan.index.startsWith('ix:') ? plan.index : plan?.scanIndex;
    const hinted = index ? ` INDEXED BY ${quoteIdent(index)}` : '';
    let sql = `SELECT _id, ${storedPart(shape)} AS doc FROM ${quoteIdent(coll)}${hinted}`;
    if (plan) sql += ` WHERE ${plan.where}`;
    sql += ordered && plan?.order ? ` ORDER BY ${plan.order.expr} ${plan.order.desc ? 'DESC' : 'ASC'}` : ' ORDER BY rowid';
    return maxRows === undefined ? sql : `${sql} LIMIT ${Math.floor(maxRows)}`;
  }

  /** Candidate documents of a plan (all of them without one), decoded lazily one by one. */
  *rows(coll: string, plan: Plan | null, ordered = false, maxRows?: number, shape?: ReadShape): Generator<Row> {
    this.indexes(coll);
    const stmt = this.stmt<{ _id: string; doc: string }>(this.selectSql(coll, plan, ordered, maxRows, shape));
    for (const row of stmt.iterate(...(plan?.params ?? []))) {
      this.scanned++;
      yield { key: row._id, raw: row.doc, doc: decodeStored(row.doc) };
    }
  }

  /** Documents an exact plan matches, counted in its index without reading one. */
  countPlan(coll: string, plan: Plan): number {
    this.indexes(coll);
    return this.stmt<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdent(coll)} WHERE ${plan.where}`).get(...plan.params)!.n;
  }

  /** A read-only statement of the engine's own (counts by index), through the statement cache. */
  all<R>(sql: string, params: unknown[]): R[] {
    return this.stmt<R>(sql).all(...params);
  }

  /** Rows a plan yields, counted in its index up to `cap` (cheap: no document is read). */
  estimate(coll: string, plan: Plan, cap: number): number {
    const hinted = plan.scanIndex ? ` INDEXED BY ${quoteIdent(plan.scanIndex)}` : '';
    const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM ${quoteIdent(coll)}${hinted} WHERE ${plan.where} LIMIT ${cap})`;
    return this.stmt<{ n: number }>(sql).get(...plan.params)!.n;
  }

  explainSql(sql: string, params: unknown[]): string[] {
    return this.sql
      .prepare<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all(...params)
      .map((r) => r.detail);
  }

  count(coll: string): number {
    this.indexes(coll);
    return this.stmt<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdent(coll)}`).get()!.n;
  }

  insert(coll: string, doc: Doc): void {
    const key = keyOf(doc._id);
    this.write(coll, doc, () => this.stmt(`INSERT INTO ${quoteIdent(coll)} (_id, doc) VALUES (?, ?)`).run(key, encodeStored(doc)));
  }

  replace(coll: string, doc: Doc): void {
    const key = keyOf(doc._id);
    this.write(coll, doc, () => this.stmt(`UPDATE ${quoteIdent(coll)} SET doc = ? WHERE _id = ?`).run(encodeStored(doc), key));
  }

  delete(coll: string, key: string): number {
    this.indexes(coll);
    return this.stmt(`DELETE FROM ${quoteIdent(coll)} WHERE _id = ?`).run(key).changes;
  }

  /** Run fn atomically (nested calls become a savepoint of the outer SQLite transaction). */
  atomically<T>(fn: () => T): T {
    return this.group.atomically(fn);
  }

  /** A request's write: atomic, and committed with the other writes of this turn (group-commit.ts). */
  grouped<T>(fn: () => T): T {
    return this.group.run(fn);
  }

  /** Resolves once every write so far is committed: what a reply waits for before it is sent. */
  durable(): Promise<void> {
    return this.group.durable();
  }

  close(): void {
    this.group.flush();
    this.sql.close();
  }

  /** Perform a write, translating SQLite uniqueness failures into CloudBase's duplicate-key error. */
  private write(coll: string, doc: Doc, run: () => unknown): void {
    const indexes = this.indexes(coll);
    try {
      run();
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw duplicateKey(coll, '_id_', JSON.stringify({ _id: doc._id }));
      if (code === 'SQLITE_CONSTRAINT_UNIQUE') {
        const ix = indexes.find((i) => (e as Error).message.includes(`'${i.name}'`));
        const key = Object.fromEntries((ix?.fields ?? []).map((f) => [f.path, pick(doc, f.path) ?? null]));
        throw duplicateKey(coll, ix?.name ?? 'unique', JSON.stringify(key));
      }
      throw e;
    }
    for (const ix of indexes) {
      const flags = flagsOf(doc, ix.fields);
      if (!addsFlag(ix, flags)) continue;
      Object.assign(ix, { multikey: ix.multikey || flags.multikey, unordered: ix.unordered || flags.unordered, ambiguous: ix.ambiguous || flags.ambiguous });
      // In the write's own transaction when there is one: the flag is kept exactly when the document is.
      saveFlags(this.sql, ix);
    }
  }
}

/** Value at a dot path (no array traversal), for messages and sort-order checks. */
export function pick(doc: Doc, path: string): unknown {
  let cur: unknown = doc;
  for (const seg of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Doc)[seg];
  }
  return cur;
}
