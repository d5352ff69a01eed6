/**
 * Reads: SQL narrows (index prefilter or index-ordered scan), mingo decides (full MongoDB filter,
 * sort, skip, limit, projection).
 */
import { Query } from 'mingo';
import { dateSortable, isDate, type Doc } from './codec';
import { planFilter, planSort } from './planner';
import { pick, type Row, type Store } from './store';

export type SortSpec = Array<[string, 1 | -1]>;

export interface FindOptions {
  sort?: SortSpec;
  skip?: number;
  limit?: number;
  projection?: Doc;
}

const toSortObject = (sort: SortSpec): Record<string, 1 | -1> => Object.fromEntries(sort);

/** Candidate rows that match the filter, in natural order. */
export function matchingRows(store: Store, coll: string, filter: Doc): Row[] {
  const query = new Query(filter);
  const out: Row[] = [];
  for (const row of store.select(coll, filter)) if (query.test(row.doc)) out.push(row);
  return out;
}

export function find(store: Store, coll: string, filter: Doc, opts: FindOptions = {}): Doc[] {
  const sort = opts.sort ?? [];
  const skip = opts.skip ?? 0;
  const limit = opts.limit ?? Number.MAX_SAFE_INTEGER;
  // An equality prefilter already leaves few candidates; otherwise try walking a sort index.
  const page = planFilter(filter, store.indexes(coll)) ? null : indexOrdered(store, coll, filter, sort, skip, limit);
  const docs = page ?? sortSkipLimit(matchingRows(store, coll, filter).map((r) => r.doc), sort, skip, limit);
  if (!opts.projection || !Object.keys(opts.projection).length) return docs;
  // Projection runs on the final page only; mingo rejects mixed inclusion/exclusion like MongoDB.
  return new Query({}).find<Doc>(docs, opts.projection).all();
}

function sortSkipLimit(docs: Doc[], sort: SortSpec, skip: number, limit: number): Doc[] {
  let cursor = new Query({}).find<Doc>(docs);
  if (sort.length) cursor = cursor.sort(toSortObject(sort));
  return cursor.skip(skip).limit(limit).all();
}

/**
 * MongoDB's order of the value classes an index can yield in SQLite's order: missing/null, numbers,
 * strings, dates. SQLite orders NULL < numbers < text, and our date text sorts chronologically, so
 * as long as classes never go backwards SQLite's order equals MongoDB's; anything else → -1.
 */
function sortClass(v: unknown): number {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'number') return Number.isNaN(v) ? -1 : 1;
  if (typeof v === 'string') return 2;
  if (isDate(v)) return dateSortable(v) ? 3 : -1;
  return -1;
}

/**
 * Serve a single-field sort from an index: walk it in order, filter with mingo, stop after skip+limit
 * matches. Returns null (caller falls back to a full read and mingo sort) if no index fits or the
 * data holds values whose SQLite order would differ from MongoDB's.
 */
function indexOrdered(store: Store, coll: string, filter: Doc, sort: SortSpec, skip: number, limit: number): Doc[] | null {
  const sp = planSort(sort, store.indexes(coll));
  if (!sp || limit === Number.MAX_SAFE_INTEGER) return null;
  const [path, dir] = sort[0];
  const query = new Query(filter);
  const out: Doc[] = [];
  let seen = 0;
  let lastClass = dir === 1 ? 0 : 3;
  for (const row of store.select(coll, filter, { expr: sp.expr, desc: dir === -1 })) {
    const cls = sortClass(pick(row.doc, path));
    if (cls < 0 || (dir === 1 ? cls < lastClass : cls > lastClass)) return null;
    lastClass = cls;
    if (!query.test(row.doc)) continue;
    if (seen++ < skip) continue;
    out.push(row.doc);
    if (out.length >= limit) break;
  }
  return out;
}
