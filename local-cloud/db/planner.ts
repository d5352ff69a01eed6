/**
 * Chooses how SQLite narrows a query before mingo evaluates the full filter.
 * The prefilter must only ever return a superset of the matching documents: it is built solely from
 * equality / $in on scalar values, and mingo re-checks every candidate.
 */
import { dateIndexText, encodeStored, isDate, isPlainObject, type Doc } from './codec';
import type { IndexInfo } from './indexes';

export interface Plan {
  /** Index name, '_id' for the primary key. */
  index: string;
  where: string;
  params: unknown[];
}

export interface SortPlan {
  index: string;
  expr: string;
}

/** Primary-key value of an _id: strings as-is, anything else tagged so it cannot collide with a string. */
export const keyOf = (id: unknown): string => (typeof id === 'string' ? id : '\u0000' + encodeStored({ id }));

/** The value json_extract yields for a JS scalar, or undefined when it cannot be matched by SQL equality. */
function sqlScalar(v: unknown): string | number | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  // json_extract turns JSON true/false into 1/0; mingo weeds out any plain 1/0 this also finds.
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isDate(v)) return dateIndexText(v);
  return undefined;
}

const idScalar = (v: unknown): string | undefined =>
  typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? keyOf(v) : undefined;

/** Values a condition pins the field to (`v`, `{$eq: v}`, `{$in: [...]}`), or undefined if it does not. */
function pinnedValues(cond: unknown, toSql: (v: unknown) => unknown): unknown[] | undefined {
  if (isPlainObject(cond)) {
    if ('$eq' in cond) return pinnedValues(cond.$eq, toSql);
    if (Array.isArray(cond.$in)) {
      const vals = cond.$in.map(toSql);
      return vals.some((v) => v === undefined) ? undefined : vals;
    }
    return undefined;
  }
  const v = toSql(cond);
  return v === undefined ? undefined : [v];
}

/** Field conditions that must all hold: top-level keys plus those inside a top-level $and. */
function conjuncts(filter: Doc, out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [k, v] of Object.entries(filter)) {
    if (k === '$and' && Array.isArray(v)) {
      for (const sub of v) if (isPlainObject(sub)) conjuncts(sub, out);
    } else if (!k.startsWith('$') && !out.has(k)) {
      out.set(k, v);
    }
  }
  return out;
}

const inClause = (expr: string, values: unknown[]): string =>
  values.length === 1 ? `${expr} = ?` : `${expr} IN (${values.map(() => '?').join(', ')})`;

/** The narrowest usable index for a filter, or null when the collection must be scanned. */
export function planFilter(filter: Doc, indexes: IndexInfo[]): Plan | null {
  const conds = conjuncts(filter);
  if (conds.has('_id')) {
    const ids = pinnedValues(conds.get('_id'), idScalar);
    if (ids) return { index: '_id', where: inClause('_id', ids), params: ids };
  }
  let best: (Plan & { cols: number; unique: boolean }) | null = null;
  for (const ix of indexes) {
    if (ix.multikey) continue;
    const parts: string[] = [];
    const params: unknown[] = [];
    for (let i = 0; i < ix.fields.length; i++) {
      const path = ix.fields[i].path;
      const vals = conds.has(path) ? pinnedValues(conds.get(path), sqlScalar) : undefined;
      if (!vals) break;
      parts.push(inClause(ix.exprs[i], vals));
      params.push(...vals);
    }
    if (!parts.length) continue;
    // More pinned columns narrow more; on a tie a unique index pins at most one row per key.
    if (!best || parts.length > best.cols || (parts.length === best.cols && ix.unique && !best.unique)) {
      best = { index: ix.name, where: parts.join(' AND '), params, cols: parts.length, unique: ix.unique };
    }
  }
  return best && { index: best.index, where: best.where, params: best.params };
}

/** An index that yields documents already ordered by a single sort field, if there is one. */
export function planSort(sort: Array<[string, 1 | -1]>, indexes: IndexInfo[]): SortPlan | null {
  if (sort.length !== 1) return null;
  const [path] = sort[0];
  // Prefer a non-unique index: its NULLs (missing fields) sort first, as in MongoDB.
  const candidates = indexes.filter((ix) => !ix.multikey && ix.fields[0].path === path);
  const ix = candidates.find((c) => !c.unique) ?? candidates[0];
  return ix ? { index: ix.name, expr: ix.exprs[0] } : null;
}
