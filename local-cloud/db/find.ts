/**
 * Reads: SQL narrows (an index plan, read in the sort order when the plan yields it), mingo decides
 * (full MongoDB filter, sort, skip, limit, projection). A read with a limit stops as soon as the
 * page is full when the rows already come in the right order (the plan's, or natural order).
 */
import { Query } from 'mingo';
import { dateSortable, isDate, type Doc } from './codec';
import { planQuery, type Plan } from './planner';
import { EVERY_DOCUMENT, project, readShape, type ReadShape } from './projection';
import { pick, type Row, type Store } from './store';

export type SortSpec = Array<[string, 1 | -1]>;

export interface FindOptions {
  sort?: SortSpec;
  skip?: number;
  limit?: number;
  projection?: Doc;
}

const toSortObject = (sort: SortSpec): Record<string, 1 | -1> => Object.fromEntries(sort);
const estimator = (store: Store, coll: string) => (p: Plan, cap: number) => store.estimate(coll, p, cap);

/**
 * mingo's test of the filter, or none when the plan's SQL is the whole filter (Plan.exact: every row
 * it yields matches). Building a mingo query costs more than a point lookup's SQL.
 */
const tester = (filter: Doc, plan?: Plan | null): ((doc: Doc) => boolean) => {
  if (plan?.exact) return () => true;
  const query = new Query(filter);
  return (doc) => query.test(doc);
};

/** Rows that match the filter, in natural order; with `limit`, only the first that many. */
export function matchingRows(store: Store, coll: string, filter: Doc, limit = Number.MAX_SAFE_INTEGER, shape?: ReadShape): Row[] {
  const plan = planQuery(filter, store.indexes(coll), {}, estimator(store, coll));
  const matches = tester(filter, plan);
  const out: Row[] = [];
  for (const row of store.rows(coll, plan, false, undefined, shape)) {
    if (!matches(row.doc)) continue;
    out.push(row);
    if (out.length >= limit) break;
  }
  return out;
}

/** How many documents match: from the index alone when the plan is the whole filter. */
export function countMatching(store: Store, coll: string, filter: Doc): number {
  const plan = planQuery(filter, store.indexes(coll), { count: true }, estimator(store, coll));
  return plan?.exact ? store.countPlan(coll, plan) : matchingRows(store, coll, filter).length;
}

export function find(store: Store, coll: string, filter: Doc, opts: FindOptions = {}): Doc[] {
  const sort = opts.sort ?? [];
  const skip = opts.skip ?? 0;
  const limit = opts.limit ?? Number.MAX_SAFE_INTEGER;
  const limited = limit !== Number.MAX_SAFE_INTEGER;
  const plan = planQuery(filter, store.indexes(coll), { sort, limited, window: skip + limit }, estimator(store, coll));
  const shape = readShape(opts.projection, filter, sort.map(([path]) => path));
  // An ordered walk that gave up reads its fallback; a plan without order is read as it is and sorted.
  const docs = (plan?.order && indexOrdered(store, coll, plan, filter, sort, skip, limit, shape)) || unordered(store, coll, filter, sort, skip, limit, plan?.order ? plan.fallback : (plan ?? undefined), shape);
  // Projection runs on the final page only.
  return project(docs, opts.projection);
}

/** Without a usable order: natural order stops at the page's end; a sort reads every match. */
function unordered(store: Store, coll: string, filter: Doc, sort: SortSpec, skip: number, limit: number, plan?: Plan, shape?: ReadShape): Doc[] {
  if (!sort.length) return matchingRows(store, coll, filter, skip + limit, shape).slice(skip).map((r) => r.doc);
  let rows: Row[];
  if (plan) {
    const matches = tester(filter, plan);
    rows = [...store.rows(coll, plan, false, undefined, shape)].filter((r) => matches(r.doc));
  } else rows = matchingRows(store, coll, filter, undefined, shape);
  let cursor = EVERY_DOCUMENT.find<Doc>(rows.map((r) => r.doc));
  cursor = cursor.sort(toSortObject(sort));
  return cursor.skip(skip).limit(limit).all();
}

/**
 * MongoDB's order of the value classes an index can yield in SQLite's order: missing/null, numbers,
 * strings, dates. SQLite orders NULL < numbers < text, and our date text sorts chronologically, so
 * as long as classes never go backwards SQLite's order equals MongoDB's; anything else → -1.
 */
function sortClass(v: unknown, path: string): number {
  if (v === undefined || v === null) return 0;
  // Number _ids are keyed by their JSON text, which does not sort numerically.
  if (typeof v === 'number') return Number.isNaN(v) || path === '_id' ? -1 : 1;
  if (typeof v === 'string') return 2;
  if (isDate(v)) return dateSortable(v) ? 3 : -1;
  return -1;
}

/** Whether two values of one sort class are equal in MongoDB's order (dates by their instant). */
const sameSortValue = (a: unknown, b: unknown): boolean => (isDate(a) && isDate(b) ? a.getTime() === b.getTime() : (a ?? null) === (b ?? null));

/**
 * Serve a sort by walking the plan's index in the order of its first key, filtering with mingo and
 * stopping after skip+limit matches. Rows that tie on the first key come out together, ordered by
 * the other keys (e.g. newest first, then by _id). Null (the caller falls back to a full read and
 * mingo sort) if the data holds values whose SQLite order would differ from MongoDB's, or the walk
 * ran past its budget.
 */
function indexOrdered(store: Store, coll: string, plan: Plan, filter: Doc, sort: SortSpec, skip: number, limit: number, shape: ReadShape): Doc[] | null {
  const [path, dir] = sort[0];
  const rest = toSortObject(sort.slice(1));
  const breaksTies = sort.length > 1;
  const matches = tester(filter, plan);
  const out: Doc[] = [];
  let seen = 0;
  let lastClass = dir === 1 ? 0 : 3;
  let ties: Doc[] = [];
  let tieClass = -1;
  let tieValue: unknown;
  /** Take docs onto the page in order; true once it is full. */
  const take = (docs: Doc[]): boolean => {
    for (const doc of docs) {
      if (seen++ < skip) continue;
      out.push(doc);
      if (out.length >= limit) return true;
    }
    return false;
  };
  const takeTies = (): boolean => {
    const group = ties.length > 1 ? EVERY_DOCUMENT.find<Doc>(ties).sort(rest).all() : ties;
    ties = [];
    return take(group);
  };
  for (const row of store.rows(coll, plan, true, plan.walkBudget, shape)) {
    const value = pick(row.doc, path);
    const cls = sortClass(value, path);
    if (cls < 0 || (dir === 1 ? cls < lastClass : cls > lastClass)) return null;
    lastClass = cls;
    if (!matches(row.doc)) continue;
    if (!breaksTies) {
      if (take([row.doc])) return out;
      continue;
    }
    if (ties.length && (cls !== tieClass || !sameSortValue(value, tieValue)) && takeTies()) return out;
    tieClass = cls;
    tieValue = value;
    ties.push(row.doc);
  }
  // The walk ran to its budget without filling the page: the narrower plan reads and sorts instead.
  if (plan.walkBudget !== undefined) return null;
  if (ties.length) takeTies();
  return out;
}
