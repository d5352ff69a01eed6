/**
 * Declared indexes → SQLite expression indexes over json_extract(doc, path).
 * The planner writes exactly the same expression text in its WHERE/ORDER BY, which is what lets
 * SQLite match the query to the index.
 */
import type { Doc } from './codec';
import { quoteIdent, quoteLiteral, type SqliteDatabase } from './sqlite';
import type { IndexSpec } from './types';

export interface IndexField {
  path: string;
  desc: boolean;
}

export interface IndexInfo {
  name: string;
  fields: IndexField[];
  unique: boolean;
  /** SQL expression per field, as used in CREATE INDEX and in queries. */
  exprs: string[];
  /**
   * True once any document holds an array on an indexed path. Mongo equality then matches array
   * elements, which a json_extract prefilter would miss, so the planner stops using the index
   * (MongoDB calls such an index "multikey").
   */
  multikey: boolean;
}

const INDEX_PREFIX = 'ix:';

const jsonPath = (path: string): string =>
  '$' + path.split('.').map((seg) => `."${seg}"`).join('');

/** json_extract expression for a dot path; NULL when the field is missing or null. */
export const fieldExpr = (path: string): string => `json_extract(doc, ${quoteLiteral(jsonPath(path))})`;

function describe(collection: string, spec: IndexSpec): IndexInfo {
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
  };
}

/** Whether any step of a dot path holds an array in this document. */
export function hasArrayOnPath(doc: Doc, path: string): boolean {
  let cur: unknown = doc;
  for (const seg of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return false;
    cur = (cur as Doc)[seg];
    if (Array.isArray(cur)) return true;
  }
  return false;
}

function scanMultikey(db: SqliteDatabase, table: string, info: IndexInfo): boolean {
  const checks: string[] = [];
  for (const f of info.fields) {
    const segs = f.path.split('.');
    for (let i = 1; i <= segs.length; i++) {
      checks.push(`json_type(doc, ${quoteLiteral(jsonPath(segs.slice(0, i).join('.')))}) = 'array'`);
    }
  }
  return db.prepare(`SELECT 1 FROM ${quoteIdent(table)} WHERE ${checks.join(' OR ')} LIMIT 1`).get() !== undefined;
}

/**
 * Create the declared indexes of a collection (and drop ones this module made earlier that are no
 * longer declared). Fails if existing data violates a unique index, as creating it would in CloudBase.
 */
export function syncIndexes(db: SqliteDatabase, collection: string, specs: IndexSpec[]): IndexInfo[] {
  const infos = specs.map((s) => describe(collection, s));
  const wanted = new Set(infos.map((i) => i.name));
  const existing = db
    .prepare<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`)
    .all(collection)
    .map((r) => r.name);
  for (const name of existing) {
    if (name.startsWith(INDEX_PREFIX) && !wanted.has(name)) db.exec(`DROP INDEX ${quoteIdent(name)}`);
  }
  for (const info of infos) {
    const cols = info.exprs.map((e, i) => `${e}${info.fields[i].desc ? ' DESC' : ''}`).join(', ');
    try {
      db.exec(
        `CREATE ${info.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${quoteIdent(info.name)} ON ${quoteIdent(collection)} (${cols})`,
      );
    } catch (e) {
      throw new Error(`cannot create index ${info.name}: ${(e as Error).message}`);
    }
    info.multikey = scanMultikey(db, collection, info);
  }
  return infos;
}
