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

export function project(docs: Doc[], projection: Doc | undefined): Doc[] {
  if (!projection || !Object.keys(projection).length) return docs;
  const paths = plainInclusion(projection);
  if (paths) {
    const out: Doc[] = [];
    for (const doc of docs) {
      const projected = include(doc, paths);
      if (!projected) return new Query({}).find<Doc>(docs, projection).all();
      out.push(projected);
    }
    return out;
  }
  // Mingo rejects mixed inclusion/exclusion like MongoDB.
  return new Query({}).find<Doc>(docs, projection).all();
}
