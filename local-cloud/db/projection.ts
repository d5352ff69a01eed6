/**
 * Projection of the documents a read returns. Plain inclusions (`{ name: true, 'flow.received':
 * true }`) are copied path by path: mingo's general projection costs ~30 µs per document and
 * path on wide documents (a ranking reads hundreds of rollup rows with a dozen counters each).
 * Anything else (exclusions, operators such as $slice, an array on an included path, paths that
 * overlap) goes to mingo, which decides as MongoDB does.
 */
import { Query } from 'mingo';
import type { Doc } from './codec';

const isPlainObject = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** The paths of a projection that only includes plain paths, or null when mingo must decide. */
const plainInclusion = (projection: Doc): string[][] | null => {
  const paths: string[][] = [];
  for (const [key, value] of Object.entries(projection)) {
    if (value !== true && value !== 1) return null;
    if (key.startsWith('$') || key.split('.').some((s) => s === '' || s.startsWith('$'))) return null;
    paths.push(key.split('.'));
  }
  const keys = paths.map((p) => p.join('.'));
  if (keys.some((k) => keys.some((other) => other !== k && other.startsWith(`${k}.`)))) return null;
  return paths;
};

/** One document's plain inclusion; null when an included path crosses an array (mingo decides). */
const include = (doc: Doc, paths: readonly string[][]): Doc | null => {
  const out: Doc = {};
  if (doc._id !== undefined) out._id = doc._id;
  for (const path of paths) {
    let src: unknown = doc;
    let dst: Doc = out;
    for (let i = 0; i < path.length; i++) {
      if (Array.isArray(src)) return null;
      if (!isPlainObject(src)) break;
      const value = src[path[i]];
      if (value === undefined) break;
      if (i === path.length - 1) {
        dst[path[i]] = value;
      } else if (Array.isArray(value)) {
        return null;
      } else if (isPlainObject(value)) {
        // MongoDB keeps an embedded document on the path, empty when the rest of the path is missing.
        dst = (dst[path[i]] as Doc | undefined) ?? (dst[path[i]] = {});
      }
      src = value;
    }
  }
  return out;
};

/** Mingo leaves a field an operator found missing ($slice on no array) as undefined; MongoDB leaves it out. */
const withoutMissing = (docs: Doc[]): Doc[] => {
  const drop = (doc: Doc) => {
    for (const [k, v] of Object.entries(doc)) {
      if (v === undefined) delete doc[k];
      else if (isPlainObject(v)) drop(v);
    }
  };
  docs.forEach(drop);
  return docs;
};

/**
 * A mingo query that matches every document, for sorting and projecting pages. Built once: each
 * `new Query` copies mingo's operator tables, which cost more than sorting a small page.
 */
export const EVERY_DOCUMENT = new Query({});

const TOP_LEVEL_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The fields of a projection that only excludes top-level fields, or null when it does more. */
const topLevelExclusion = (projection: Doc): string[] | null => {
  const fields = Object.keys(projection);
  return fields.every((k) => (projection[k] === false || projection[k] === 0) && TOP_LEVEL_FIELD.test(k)) ? fields : null;
};

export function project(docs: Doc[], projection: Doc | undefined): Doc[] {
  if (!projection || !Object.keys(projection).length) return docs;
  // Lists leave out a demand's long fields: a copy without them is what mingo gives, at a tenth of its cost.
  const excluded = topLevelExclusion(projection);
  if (excluded) {
    return docs.map((doc) => {
      const out: Doc = {};
      for (const k in doc) if (!excluded.includes(k)) out[k] = doc[k];
      return out;
    });
  }
  const paths = plainInclusion(projection);
  if (paths) {
    const out: Doc[] = [];
    for (const doc of docs) {
      const projected = include(doc, paths);
      if (!projected) return withoutMissing(EVERY_DOCUMENT.find<Doc>(docs, projection).all());
      out.push(projected);
    }
    return out;
  }
  // Mingo rejects mixed inclusion/exclusion like MongoDB.
  return withoutMissing(EVERY_DOCUMENT.find<Doc>(docs, projection).all());
}

/** A top-level array field a projection keeps the first `count` elements of. */
export interface ArraySlice {
  field: string;
  count: number;
}

/**
 * The fields a read keeps, as a tree of names: `true` keeps a value whole, a subtree keeps only
 * those fields of an embedded document (any other value, an array included, is kept whole).
 */
export type KeptFields = Map<string, true | KeptFields>;

/**
 * What of each stored document a read needs, cut by SQLite before the document is decoded (the
 * local engine's cost is decoding: a list previewing 200 demands of 2.5 KB each needs their titles,
 * a ranking 28 of a rollup row's ~110 counters). `keep`: the fields to keep, or all of them;
 * `slices`: arrays to keep the first elements of.
 */
export interface ReadShape {
  keep?: KeptFields;
  slices?: ArraySlice[];
  /** Top-level fields removed before decoding (an exclusion of fields the filter and sort do not name). */
  drop?: string[];
}

/** Adds a dotted path to the tree; a path kept whole swallows any narrower one. */
const keepPath = (tree: KeptFields, path: readonly string[]): void => {
  const [name, ...rest] = path;
  const current = tree.get(name);
  if (current === true) return;
  if (!rest.length) return void tree.set(name, true);
  const sub = current ?? new Map();
  tree.set(name, sub);
  keepPath(sub, rest);
};

/** The top-level fields a filter tests, or null when it asks something only the whole document answers ($expr, $where …). */
const filterFields = (filter: Doc, into: Set<string>): boolean =>
  Object.entries(filter).every(([k, v]) => {
    if (k === '$and' || k === '$or' || k === '$nor') return Array.isArray(v) && v.every((branch) => isPlainObject(branch) && filterFields(branch, into));
    if (k.startsWith('$')) return false;
    into.add(k.split('.')[0]);
    return true;
  });

/** Whether a filter or sort names the field anywhere (a key or a `$field` reference), so it must see it whole. */
const names = (value: unknown, field: string): boolean => {
  if (typeof value === 'string') return value === `$${field}` || value.startsWith(`$${field}.`);
  if (Array.isArray(value)) return value.some((v) => names(v, field));
  if (!isPlainObject(value)) return false;
  return Object.entries(value).some(([k, v]) => k === field || k.startsWith(`${field}.`) || names(v, field));
};

/**
 * The `{ field: { $slice: n } }` (n ≥ 0, top-level field) of a projection, on fields the filter and
 * sort do not name: a similar-demand group holds thousands of ids, a list shows ten. Slicing the cut
 * array again gives the same.
 */
const leadingSlices = (projection: Doc, filter: Doc, sortPaths: readonly string[]): ArraySlice[] =>
  Object.entries(projection).flatMap(([field, value]) => {
    const count = isPlainObject(value) && Object.keys(value).length === 1 ? value.$slice : undefined;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) return [];
    if (names(filter, field) || sortPaths.some((p) => p === field || p.startsWith(`${field}.`))) return [];
    return [{ field, count }];
  });

/**
 * The part of each document a projected read needs: the paths the projection includes (an operator's
 * field whole), and the top-level fields the filter and the sort name whole, so mingo filters, sorts
 * and projects the cut document exactly as the whole one. An exclusion (or no projection) needs
 * every field.
 */
export const readShape = (projection: Doc | undefined, filter: Doc, sortPaths: readonly string[]): ReadShape => {
  if (!projection || !Object.keys(projection).length) return {};
  const excluded = topLevelExclusion(projection);
  if (excluded) {
    const drop = excluded.filter((field) => field !== '_id' && !names(filter, field) && !sortPaths.some((p) => p === field || p.startsWith(`${field}.`)));
    return drop.length ? { drop } : {};
  }
  const slices = leadingSlices(projection, filter, sortPaths);
  const kept = Object.entries(projection).filter(([k]) => k !== '_id');
  const inclusion = kept.length > 0 && kept.every(([k, v]) => !k.startsWith('$') && !k.split('.').some((part) => part === '' || part.startsWith('$')) && (v === true || v === 1 || isPlainObject(v)));
  const whole = new Set(['_id', ...sortPaths.map((p) => p.split('.')[0]), ...kept.filter(([, v]) => isPlainObject(v)).map(([k]) => k.split('.')[0])]);
  if (!inclusion || !filterFields(filter, whole)) return { slices };
  const keep: KeptFields = new Map();
  for (const name of whole) keepPath(keep, [name]);
  for (const [path] of kept) keepPath(keep, path.split('.'));
  return { keep, slices };
};
