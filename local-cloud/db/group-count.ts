/**
 * `aggregate().match(m).group({ _id: '$field', n: { $sum: 1 } })` — counts per value, the shape of
 * every "how many in each state" figure — answered by SQLite from an index when the match is exact
 * and indexes hold the grouped fields: no document is read or decoded. The key may also be several
 * fields (`_id: { unitId: '$unitId', stewardId: '$stewardId' }`); stages after the group (a $match
 * on the counts, a second $group, $sort, $limit ...) then run in mingo over the grouped rows only.
 */
import { EJSON } from 'bson';
import { Aggregator, Query } from 'mingo';
import { isPlainObject, type Doc } from './codec';
import { fieldExpr, type IndexInfo } from './indexes';
import { planQuery } from './planner';
import { quoteIdent } from './sqlite';
import type { Store } from './store';

const FIELD_REF = /^\$[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

interface CountShape {
  match: Doc;
  /** The grouped fields: one unnamed (`_id: '$field'`) or named parts of a compound key. */
  key: { name?: string; field: string }[];
  counts: string[];
  rest: Doc[];
}

/** The group key's fields, if the key is `'$field'` or an object of `'$field'` references. */
function keyFields(_id: unknown): CountShape['key'] | null {
  if (typeof _id === 'string') return FIELD_REF.test(_id) ? [{ field: _id.slice(1) }] : null;
  if (!isPlainObject(_id) || !Object.keys(_id).length) return null;
  const parts = Object.entries(_id).map(([name, ref]) => (typeof ref === 'string' && FIELD_REF.test(ref) && !name.startsWith('$') ? { name, field: ref.slice(1) } : null));
  return parts.every(Boolean) ? (parts as CountShape['key']) : null;
}

/** The pipeline as $match (optional) + a count-only $group + any further stages, or null. */
function countShape(pipeline: Doc[]): CountShape | null {
  const hasMatch = pipeline[0]?.$match !== undefined;
  const [matchDoc, groupStage] = hasMatch ? [pipeline[0].$match, pipeline[1]] : [{}, pipeline[0]];
  if ((hasMatch && Object.keys(pipeline[0]).length !== 1) || !isPlainObject(matchDoc)) return null;
  if (!groupStage || Object.keys(groupStage).length !== 1 || !isPlainObject(groupStage.$group)) return null;
  const { _id, ...accumulators } = groupStage.$group;
  const key = keyFields(_id);
  const counts = Object.keys(accumulators);
  const countsOnly = counts.length > 0 && counts.every((k) => isPlainObject(accumulators[k]) && Object.keys(accumulators[k] as Doc).join() === '$sum' && (accumulators[k] as Doc).$sum === 1);
  return key && countsOnly ? { match: matchDoc, key, counts, rest: pipeline.slice(hasMatch ? 2 : 1) } : null;
}

/**
 * The SQL group's key back as MongoDB's value. An index on the field whose documents hold no arrays
 * and no booleans or '{'-strings (its flags) guarantees the key is a string, a number, null, or
 * the JSON text of an object (a date) — which EJSON turns back into the value.
 */
const valueOf = (k: unknown): unknown => (typeof k === 'string' && k.startsWith('{') ? EJSON.deserialize(JSON.parse(k), { relaxed: true }) : k);

export function groupCount(store: Store, coll: string, pipeline: Doc[]): Doc[] | null {
  const shape = countShape(pipeline);
  if (!shape) return null;
  const indexes = store.indexes(coll);
  const held = (field: string) => indexes.some((ix: IndexInfo) => ix.fields.some((f) => f.path === field) && !ix.multikey && !ix.ambiguous && !ix.unique);
  if (!shape.key.every((k) => held(k.field))) return null;
  const plan = Object.keys(shape.match).length ? planQuery(shape.match, indexes, { count: true }) : null;
  if (Object.keys(shape.match).length && !plan?.exact) return null;
  const exprs = shape.key.map((k) => fieldExpr(k.field));
  const columns = exprs.map((e, i) => `${e} AS k${i}`).join(', ');
  const sql = `SELECT ${columns}, count(*) AS n FROM ${quoteIdent(coll)}${plan ? ` WHERE ${plan.where}` : ''} GROUP BY ${exprs.join(', ')}`;
  const rows = store.all<Record<string, unknown> & { n: number }>(sql, plan?.params ?? []);
  const compound = shape.key[0].name !== undefined;
  // SQL cannot tell a missing part of a compound key from a null one: such keys are grouped by mingo.
  if (compound && rows.some((r) => shape.key.some((_k, i) => r[`k${i}`] === null))) return null;
  const grouped = rows.map((r) => {
    const _id = compound ? Object.fromEntries(shape.key.map((k, i) => [k.name, valueOf(r[`k${i}`])])) : r.k0 === null ? null : valueOf(r.k0);
    return { _id, ...Object.fromEntries(shape.counts.map((c) => [c, r.n])) };
  });
  return laterStages(grouped, shape.rest);
}

/** A `'$a.b'` reference's value in a row. */
const valueAt = (row: Doc, ref: string): unknown => ref.slice(1).split('.').reduce<unknown>((v, k) => (isPlainObject(v) ? v[k] : undefined), row);

/**
 * Stages after the counting group, on the grouped rows. The shapes the platform uses — a $match, a
 * $group by one field summing 1 or a field, $skip, $limit — are done here directly (mingo's
 * Aggregator costs milliseconds per stage even on a few thousand rows); anything else goes to mingo.
 */
function laterStages(rows: Doc[], stages: Doc[]): Doc[] {
  let out = rows;
  for (let i = 0; i < stages.length; i++) {
    const [op, arg] = Object.entries(stages[i])[0] ?? [];
    if (op === '$match' && isPlainObject(arg)) {
      const query = new Query(arg);
      out = out.filter((r) => query.test(r));
    } else if (op === '$limit' && Number.isInteger(arg)) out = out.slice(0, arg as number);
    else if (op === '$skip' && Number.isInteger(arg)) out = out.slice(arg as number);
    else {
      const grouped = op === '$group' && simpleGroup(arg) ? group(out, arg as Doc) : null;
      if (!grouped) return new Aggregator(stages.slice(i)).run(out);
      out = grouped;
    }
  }
  return out;
}

/** `{ _id: '$path', name: { $sum: 1 | '$path' } … }`: a key by one field, sums only. */
const simpleGroup = (g: unknown): boolean => {
  if (!isPlainObject(g) || typeof g._id !== 'string' || !FIELD_REF.test(g._id)) return false;
  const { _id, ...accumulators } = g;
  return Object.values(accumulators).every((a) => isPlainObject(a) && Object.keys(a).join() === '$sum' && (a.$sum === 1 || (typeof a.$sum === 'string' && FIELD_REF.test(a.$sum))));
};

/** The group, or null when a key is not a plain value (dates and objects group by value in MongoDB: mingo's job). */
function group(rows: Doc[], g: Doc): Doc[] | null {
  const { _id, ...accumulators } = g;
  const groups = new Map<unknown, Doc>();
  for (const row of rows) {
    const key = valueAt(row, _id as string) ?? null;
    if (key !== null && typeof key === 'object') return null;
    const into = groups.get(key) ?? groups.set(key, { _id: key, ...Object.fromEntries(Object.keys(accumulators).map((k) => [k, 0])) }).get(key)!;
    for (const [name, acc] of Object.entries(accumulators)) {
      const add = (acc as Doc).$sum === 1 ? 1 : valueAt(row, (acc as Doc).$sum as string);
      if (typeof add === 'number') into[name] = (into[name] as number) + add;
    }
  }
  return [...groups.values()];
}
