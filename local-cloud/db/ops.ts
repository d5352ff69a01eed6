/**
 * The non-transactional database actions, one function per SDK action, each returning the `data`
 * part of CloudBase's reply in the shape @cloudbase/database 1.4.3 reads.
 * Every function is synchronous: a read and the write that depends on it happen in one turn.
 */
import { Aggregator } from 'mingo';
import { encodeReplyDoc, parseRequest, type Doc } from './codec';
import { invalidParam } from './errors';
import { countMatching, find, matchingRows, type SortSpec } from './find';
import { groupCount } from './group-count';
import { planQuery } from './planner';
import { applyModify, upsertDoc } from './modify';
import type { Store } from './store';

export interface Ctx {
  store: Store;
  newId: () => string;
}

export type Params = Record<string, unknown>;

/** Server-side defaults and cap of get(): 100 when no limit is given, never more than 1000. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

const asObject = (v: unknown, what: string): Doc => {
  if (v === undefined) return {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw invalidParam(`${what} must be an object`);
  return v as Doc;
};

export const filterOf = (p: Params, now: number): Doc => asObject(parseRequest(p.query, now), 'query');

export const collectionOf = (ctx: Ctx, p: Params): string => {
  ctx.store.indexes(p.collectionName); // throws DATABASE_COLLECTION_NOT_EXIST
  return p.collectionName as string;
};

function sortOf(p: Params, now: number): SortSpec {
  const order = asObject(parseRequest(p.order, now), 'order');
  return Object.entries(order).map(([k, v]) => [k, Number(v) < 0 ? -1 : 1]);
}

function limitOf(p: Params): number {
  const n = Number(p.limit);
  if (!Number.isInteger(n) || n <= 0) return DEFAULT_LIMIT;
  return Math.min(n, MAX_LIMIT);
}

export function getDocument(ctx: Ctx, p: Params, now: number) {
  const coll = collectionOf(ctx, p);
  const single = p.queryType === 'DOC';
  const limit = single ? 1 : limitOf(p);
  const offset = single ? 0 : Math.max(0, Number(p.offset) || 0);
  const projection = asObject(parseRequest(p.projection, now), 'projection');
  const docs = find(ctx.store, coll, filterOf(p, now), { sort: sortOf(p, now), skip: offset, limit, projection });
  return { list: docs.map(encodeReplyDoc), limit, offset };
}

export function calculateDocument(ctx: Ctx, p: Params, now: number) {
  const coll = collectionOf(ctx, p);
  const filter = filterOf(p, now);
  // An unfiltered count needs no documents decoded.
  if (!Object.keys(filter).length) return { total: ctx.store.count(coll) };
  return { total: countMatching(ctx.store, coll, filter) };
}

/** Validate/assign the _id of a new document (32 hex chars like CloudBase when not given). */
export function withId(ctx: Ctx, doc: unknown): Doc {
  const d = asObject(doc, 'document');
  if (d._id === undefined) return { _id: ctx.newId(), ...d };
  if (typeof d._id !== 'string' && typeof d._id !== 'number') throw invalidParam('_id must be a string or number');
  return d;
}

export function insertDocument(ctx: Ctx, p: Params, now: number) {
  const coll = collectionOf(ctx, p);
  const items = Array.isArray(p.data) ? p.data : [p.data];
  const docs = items.map((item) => withId(ctx, parseRequest(item, now)));
  // All or nothing: a duplicate in a batch add() leaves the collection untouched.
  ctx.store.grouped(() => docs.forEach((d) => ctx.store.insert(coll, d)));
  return { insertedIds: docs.map((d) => d._id) };
}

export function modifyDocument(ctx: Ctx, p: Params, now: number) {
  const coll = collectionOf(ctx, p);
  const filter = filterOf(p, now);
  const data = asObject(parseRequest(p.data, now), 'data');
  const merge = p.merge !== false;
  return ctx.store.grouped(() => {
    const rows = matchingRows(ctx.store, coll, filter, p.multi === true ? undefined : 1);
    for (const row of rows) ctx.store.replace(coll, applyModify(row.doc, data, merge));
    if (!rows.length && p.upsert === true) {
      const id = typeof filter._id === 'string' || typeof filter._id === 'number' ? filter._id : ctx.newId();
      ctx.store.insert(coll, upsertDoc(filter, data, merge, id));
      return { updated: 0, upsert_id: id };
    }
    // `updated` counts matched documents, also when a write left one unchanged.
    return { updated: rows.length };
  });
}

export function removeDocument(ctx: Ctx, p: Params, now: number) {
  const coll = collectionOf(ctx, p);
  return ctx.store.grouped(() => {
    const rows = matchingRows(ctx.store, coll, filterOf(p, now), p.multi === true ? undefined : 1);
    for (const row of rows) ctx.store.delete(coll, row.key);
    return { deleted: rows.length };
  });
}

/** Query.updateAndReturn(): update the first match and hand back the document as it is now. */
export function modifyAndReturnDoc(ctx: Ctx, p: Params, now: number) {
  const coll = collectionOf(ctx, p);
  const data = asObject(parseRequest(p.data, now), 'data');
  return ctx.store.grouped(() => {
    const [row] = matchingRows(ctx.store, coll, filterOf(p, now), 1);
    if (!row) return { updated: 0, doc: null };
    const next = applyModify(row.doc, data, true);
    ctx.store.replace(coll, next);
    return { updated: 1, doc: encodeReplyDoc(next) };
  });
}

export function aggregateDocuments(ctx: Ctx, p: Params, now: number) {
  const coll = collectionOf(ctx, p);
  if (!Array.isArray(p.stages)) throw invalidParam('stages must be an array');
  const pipeline = (p.stages as Array<{ stageKey: string; stageValue: string }>).map((s) => ({
    [s.stageKey]: parseRequest(s.stageValue, now),
  }));
  // Counts per value come from an index when they can; otherwise a leading $match may be narrowed
  // by an index, and the stages still run in mingo.
  const counted = groupCount(ctx.store, coll, pipeline);
  if (counted) return { list: counted.map(encodeReplyDoc) };
  const first = pipeline[0]?.$match;
  const plan = first && typeof first === 'object' ? planQuery(first as Doc, ctx.store.indexes(coll)) : null;
  const source = [...ctx.store.rows(coll, plan)].map((r) => r.doc);
  const aggregator = new Aggregator(pipeline, {
    // $lookup reads another collection of the same database (an absent one joins nothing, as in MongoDB).
    collectionResolver: (name: string) => (ctx.store.exists(name) ? [...ctx.store.rows(name, null)].map((r) => r.doc) : []),
  });
  return { list: aggregator.run(source).map(encodeReplyDoc) };
}

export function addCollection(ctx: Ctx, p: Params) {
  ctx.store.create(p.collectionName);
  return {};
}
