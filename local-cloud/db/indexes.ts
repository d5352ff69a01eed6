/**
 * Declared indexes → SQLite expression indexes over json_extract(doc, path).
 * The planner writes exactly the same expression text in its WHERE/ORDER BY, which is what lets
 * SQLite match the query to the index.
 *
 * Each index also carries what the documents hold on its paths (see IndexFlags): values that make
 * an index unsafe for some uses. The flags are kept in a table of their own, updated by the write
 * that first sets one, so opening a data folder reads them instead of scanning every index.
 */
import { dateSortable, isDate, isPlainObject, type Doc } from './codec';
import { quoteIdent, quoteLiteral, type SqliteDatabase } from './sqlite';
import type { IndexSpec } from './types';

export interface IndexField {
  path: string;
  desc: boolean;
}

/** Only ever set, never cleared: a flag stays once any document has set it. */
export interface IndexFlags {
  /**
   * An array on an indexed path. Mongo equality then matches array elements, which a json_extract
   * prefilter would miss, so the planner stops using the index (MongoDB calls such an index "multikey").
   */
  multikey: boolean;
  /** A value SQLite cannot order as MongoDB does (a non-finite number, a date outside years 0–9999): no ranges, no ordered walks. */
  unordered: boolean;
  /** A value whose json_extract equals another type's (a boolean is 0/1, a string may read like a date's JSON): no exact counts. */
  ambiguous: boolean;
}

export interface IndexInfo extends IndexFlags {
  name: string;
  fields: IndexField[];
  unique: boolean;
  /** SQL expression per field, as used in CREATE INDEX and in queries. */
  exprs: string[];
}

const INDEX_PREFIX = 'ix:';
/** Not a valid collection name (':' is not allowed in one), so it can never clash with a collection. */
export const FLAGS_TABLE = 'local-cloud:index-flags';

const jsonPath = (path: string): string =>
  '$' + path.split('.').map((seg) => `."${seg}"`).join('');

/** json_extract expression for a dot path; NULL when the field is missing or null. */
export const fieldExpr = (path: string): string => `json_extract(doc, ${quoteLiteral(jsonPath(path))})`;
/** The JSON type of a field in the stored document: NULL only where the field is missing. */
export const typeExpr = (path: string): string => `json_type(doc, ${quoteLiteral(jsonPath(path))})`;

export function describe(collection: string, spec: IndexSpec): IndexInfo {
  if (!spec.fields.length) throw new Error(`index on ${collection} has no fields`);
  const fields = spec.fields.map((f) => ({ path: f.replace(/^-/, ''), desc: f.startsWith('-') }));
  for (const f of fields) {
    if (!f.path || f.path.includes('"') || f.path.split('.').some((s) => !s)) {
      throw new Error(`invalid index field "${f.path}" on ${collection}`);
    }
  }
  const unique = Boolean(spec.unique);
  return {
    name: `${INDEX_PREFIX}${collection}:${spec.fields.join(',')}${unique ? ':unique' : ''}`,
    fields,
    unique,
    // A unique index maps missing and null to one key (x'00', a value JSON can never produce),
    // so, as in MongoDB, only one document may lack the field.
    exprs: fields.map((f) => (unique ? `ifnull(${fieldExpr(f.path)}, x'00')` : fieldExpr(f.path))),
    multikey: false,
    unordered: false,
    ambiguous: false,
  };
}

/** The flags one document sets on an index. */
export function flagsOf(doc: Doc, fields: IndexField[]): IndexFlags {
  const flags: IndexFlags = { multikey: false, unordered: false, ambiguous: false };
  for (const { path } of fields) {
    let cur: unknown = doc;
    for (const seg of path.split('.')) {
      if (!isPlainObject(cur)) {
        cur = undefined;
        break;
      }
      cur = cur[seg];
      if (Array.isArray(cur)) flags.multikey = true;
    }
    if (typeof cur === 'boolean' || (typeof cur === 'string' && (cur.startsWith('{') || cur.startsWith('[')))) flags.ambiguous = true;
    if ((typeof cur === 'number' && !Number.isFinite(cur)) || (isDate(cur) && !dateSortable(cur))) flags.unordered = true;
  }
  return flags;
}

/** Whether `next` sets a flag `info` does not have yet. */
export const addsFlag = (info: IndexFlags, next: IndexFlags): boolean =>
  (next.multikey && !info.multikey) || (next.unordered && !info.unordered) || (next.ambiguous && !info.ambiguous);

/** Compute an index's flags from the stored documents (once: for a new index, or a folder from before the flags table). */
function scanFlags(db: SqliteDatabase, table: string, info: IndexInfo): IndexFlags {
  const arrays: string[] = [];
  const ambiguous: string[] = [];
  const unordered: string[] = [];
  for (const f of info.fields) {
    const segs = f.path.split('.');
    for (let i = 1; i <= segs.length; i++) arrays.push(`json_type(doc, ${quoteLiteral(jsonPath(segs.slice(0, i).join('.')))}) = 'array'`);
    const p = quoteLiteral(jsonPath(f.path));
    ambiguous.push(`json_type(doc, ${p}) IN ('true', 'false') OR (json_type(doc, ${p}) = 'text' AND substr(json_extract(doc, ${p}), 1, 1) IN ('{', '['))`);
    // Stored forms (codec.ts): non-finite numbers as {$numberDouble}, unsortable dates as {$date: {$numberLong}}.
    unordered.push(`json_type(doc, ${quoteLiteral(jsonPath(f.path) + '."$numberDouble"')}) IS NOT NULL OR json_type(doc, ${quoteLiteral(jsonPath(f.path) + '."$date"')}) = 'object'`);
  }
  const any = (conds: string[]) => `EXISTS (SELECT 1 FROM ${quoteIdent(table)} WHERE ${conds.join(' OR ')})`;
  const row = db.prepare<{ m: number; u: number; a: number }>(`SELECT ${any(arrays)} AS m, ${any(unordered)} AS u, ${any(ambiguous)} AS a`).get()!;
  return { multikey: !!row.m, unordered: !!row.u, ambiguous: !!row.a };
}

/** The flags table, for a reader on another connection (Store.attach): flags only ever turn on. */
export const FLAGS_ROWS_SQL = `SELECT * FROM ${quoteIdent(FLAGS_TABLE)}`;
/** Their sum moves whenever a writer turns one on (Store.snapshot). */
export const FLAGS_SUM_SQL = `SELECT total(multikey + unordered + ambiguous) AS n FROM ${quoteIdent(FLAGS_TABLE)}`;

/** Set each index's flags to the stored ones (rows of FLAGS_ROWS_SQL). */
export function applyStoredFlags(infos: Iterable<IndexInfo>, rows: Array<IndexFlags & { name: string }>): void {
  const stored = new Map(rows.map((r) => [r.name, r]));
  for (const info of infos) {
    const flags = stored.get(info.name);
    Object.assign(info, { multikey: !!flags?.multikey, unordered: !!flags?.unordered, ambiguous: !!flags?.ambiguous });
  }
}

export function saveFlags(db: SqliteDatabase, info: IndexInfo): void {
  db.prepare(`INSERT OR REPLACE INTO ${quoteIdent(FLAGS_TABLE)} (name, multikey, unordered, ambiguous) VALUES (?, ?, ?, ?)`).run(
    info.name, Number(info.multikey), Number(info.unordered), Number(info.ambiguous),
  );
}

/**
 * Create the declared indexes of a collection (and drop ones this module made earlier that are no
 * longer declared). Fails if existing data violates a unique index, as creating it would in CloudBase.
 * `known` gives the flags of indexes whose documents the caller has already looked at (bulk loads).
 */
export function syncIndexes(db: SqliteDatabase, collection: string, specs: IndexSpec[], known?: Map<string, IndexFlags>): IndexInfo[] {
  db.exec(`CREATE TABLE IF NOT EXISTS ${quoteIdent(FLAGS_TABLE)} (name TEXT PRIMARY KEY, multikey INTEGER, unordered INTEGER, ambiguous INTEGER)`);
  const infos = specs.map((s) => describe(collection, s));
  const wanted = new Set(infos.map((i) => i.name));
  const existing = new Set(
    db
      .prepare<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`)
      .all(collection)
      .map((r) => r.name),
  );
  for (const name of existing) {
    if (!name.startsWith(INDEX_PREFIX) || wanted.has(name)) continue;
    db.exec(`DROP INDEX ${quoteIdent(name)}`);
    db.prepare(`DELETE FROM ${quoteIdent(FLAGS_TABLE)} WHERE name = ?`).run(name);
  }
  const stored = db.prepare<IndexFlags & { name: string }>(`SELECT * FROM ${quoteIdent(FLAGS_TABLE)} WHERE name = ?`);
  for (const info of infos) {
    const cols = info.exprs.map((e, i) => `${e}${info.fields[i].desc ? ' DESC' : ''}`).join(', ');
    try {
      db.exec(`CREATE ${info.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${quoteIdent(info.name)} ON ${quoteIdent(collection)} (${cols})`);
    } catch (e) {
      throw new Error(`cannot create index ${info.name}: ${(e as Error).message}`);
    }
    const saved = existing.has(info.name) ? stored.get(info.name) : undefined;
    const flags = saved ?? known?.get(info.name) ?? scanFlags(db, collection, info);
    Object.assign(info, { multikey: !!flags.multikey, unordered: !!flags.unordered, ambiguous: !!flags.ambiguous });
    if (!saved) saveFlags(db, info);
  }
  return infos;
}
