/**
 * `aggregate().match(m).group({ _id: '$field', n: { $sum: 1 } })` — counts per value, the shape of
 * every "how many in each state" figure — answered by SQLite from an index when the match is exact
 * and an index holds the grouped field: no document is read or decoded.
 */
import { EJSON } from 'bson';
import { isPlainObject, type Doc } from './codec';
import { fieldExpr, type IndexInfo } from './indexes';
import { planQuery } from './planner';
import { quoteIdent } from './sqlite';
import type { Store } from './store';

/** The grouped field and the names of the counts, if the stages are exactly $match (optional) + a count-only $group. */
function countShape(pipeline: Doc[]): { match: Doc; field: string; counts: string[] } | null {
  const [first, second, ...rest] = pipeline;
  const match = first?.$match;
  const [matchDoc, group] = match !== undefined ? [match, second?.$group] : [{}, first?.$group];
  if (rest.length || (match !== undefined && Object.keys(first).length !== 1) || !isPlainObject(matchDoc) || !isPlainObject(group)) return null;
  if (match === undefined && second !== undefined) return null;
  const { _id, ...accumulators } = group;
  if (typeof _id !== 'string' || !/^\$[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/.test(_id)) return null;
  const counts = Object.keys(accumulators);
  const countsOnly = counts.length > 0 && counts.every((k) => isPlainObject(accumulators[k]) && Object.keys(accumulators[k] as Doc).join() === '$sum' && (accumulators[k] as Doc).$sum === 1);
  return countsOnly ? { match: matchDoc, field: _id.slice(1), counts } : null;
}

/**
 * The SQL group's key back as MongoDB's _id. An index on the field whose documents hold no arrays
 * and no booleans or '{'-strings (its flags) guarantees the key is a string, a number, null, or
 * the JSON text of an object (a date) — which EJSON turns back into the value.
 */
const keyOf = (k: unknown): unknown => (typeof k === 'string' && k.startsWith('{') ? EJSON.deserialize(JSON.parse(k), { relaxed: true }) : k);

export function groupCount(store: Store, coll: string, pipeline: Doc[]): Doc[] | null {
  const shape = countShape(pipeline);
  if (!shape) return null;
  const indexes = store.indexes(coll);
  const holder = indexes.find((ix: IndexInfo) => ix.fields.some((f) => f.path === shape.field) && !ix.multikey && !ix.ambiguous && !ix.unique);
  const plan = Object.keys(shape.match).length ? planQuery(shape.match, indexes, { count: true }) : null;
  if (!holder || (plan && !plan.exact) || (Object.keys(shape.match).length && !plan)) return null;
  const expr = fieldExpr(shape.field);
  const sql = `SELECT ${expr} AS k, count(*) AS n FROM ${quoteIdent(coll)}${plan ? ` WHERE ${plan.where}` : ''} GROUP BY ${expr}`;
  const rows = store.all<{ k: unknown; n: number }>(sql, plan?.params ?? []);
  return rows.map((r) => ({ _id: r.k === null ? null : keyOf(r.k), ...Object.fromEntries(shape.counts.map((c) => [c, r.n])) }));
}
