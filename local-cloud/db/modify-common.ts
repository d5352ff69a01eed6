/**
 * The update operators nearly every write uses — $set, $unset, $inc and $push (of one value, or
 * `$each` with an optional `$slice`) on paths through plain objects, and $addToSet / $pull of one
 * string, number, boolean or null (a demand entering and leaving its similarity buckets) — applied
 * directly. mingo's updater builds a fresh operator table on every call (a few tenths of a
 * millisecond, more than the write itself); anything else (other operators, array or numeric
 * paths, other $push options, overlapping paths) is left to it.
 */
import { isPlainObject, type Doc } from './codec';

const COMMON = new Set(['$set', '$unset', '$inc', '$push', '$addToSet', '$pull']);

/** Values whose equality is `===` in MongoDB's sense too (no dates, documents or arrays). */
const isPlainScalar = (v: unknown): boolean => v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && !Number.isNaN(v));

/** The object holding a path's last segment: missing when a step is absent, blocked when one is not a plain object. */
function holder(doc: Doc, segs: string[]): { parent?: Doc; blocked: boolean } {
  let cur: Doc = doc;
  for (const seg of segs.slice(0, -1)) {
    const next = cur[seg];
    if (next === undefined) return { blocked: false };
    if (!isPlainObject(next)) return { blocked: true };
    cur = next;
  }
  return { parent: cur, blocked: false };
}

/** The same, creating the missing objects along the path. */
function creating(doc: Doc, segs: string[]): Doc {
  let cur = doc;
  for (const seg of segs.slice(0, -1)) cur = (cur[seg] ??= {}) as Doc;
  return cur;
}

/** What a $push adds, and the $slice that then bounds the array (with `$each` only, no $position or $sort). */
const pushed = (value: unknown): { items: unknown[]; slice?: number } | null => {
  if (!isPlainObject(value)) return { items: [value] };
  const keys = Object.keys(value);
  if (keys.some((k) => k.startsWith('$'))) {
    const sliced = keys.length === 2 && keys.includes('$slice') && Number.isInteger(value.$slice);
    if (!(keys.length === 1 || sliced) || !keys.includes('$each') || !Array.isArray(value.$each)) return null;
    return { items: value.$each, ...(sliced ? { slice: value.$slice as number } : {}) };
  }
  return { items: [value] };
};

/** MongoDB's $slice: 0 empties, n > 0 keeps the first n, n < 0 the last -n. */
const sliced = (list: unknown[], n: number | undefined): unknown[] => (n === undefined ? list : n >= 0 ? list.slice(0, n) : list.slice(Math.max(list.length + n, 0)));

/** Apply `modifier` to `doc` in place and answer true; or leave `doc` untouched and answer false. */
export function applyCommonModifier(doc: Doc, modifier: Doc): boolean {
  const steps: Array<{ op: string; segs: string[]; value: unknown }> = [];
  for (const [op, fields] of Object.entries(modifier)) {
    if (!COMMON.has(op) || !isPlainObject(fields)) return false;
    for (const [path, value] of Object.entries(fields)) steps.push({ op, segs: path.split('.'), value });
  }
  // The same path twice, or a and a.b, are MongoDB errors: mingo reports them.
  const paths = steps.map((s) => s.segs.join('.')).sort();
  if (paths.some((p, i) => i > 0 && (p === paths[i - 1] || p.startsWith(`${paths[i - 1]}.`)))) return false;
  // Every step is checked against the document before anything changes, so a fallback sees it whole.
  for (const { op, segs, value } of steps) {
    if (segs.some((s) => !s || s.startsWith('$') || /^\d+$/.test(s))) return false;
    const { parent, blocked } = holder(doc, segs);
    if (blocked) return false;
    const current = parent?.[segs[segs.length - 1]];
    if (op === '$inc' && (typeof value !== 'number' || (current !== undefined && typeof current !== 'number'))) return false;
    if (op === '$push' && (!pushed(value) || (current !== undefined && !Array.isArray(current)))) return false;
    // mingo leaves a $slice unapplied when the array is created: that case stays its own.
    if (op === '$push' && current === undefined && pushed(value)!.slice !== undefined) return false;
    if (op === '$set' && isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) return false;
    // One scalar onto (or off) an array or a missing field; anything else ($each, conditions, a non-array) is mingo's.
    if ((op === '$addToSet' || op === '$pull') && (!isPlainScalar(value) || (current !== undefined && !Array.isArray(current)))) return false;
    // A stored number equal to a pulled/added one of another kind (1 and 1.0 are one value): only when every element is a plain scalar.
    if ((op === '$addToSet' || op === '$pull') && Array.isArray(current) && !current.every(isPlainScalar)) return false;
  }
  for (const { op, segs, value } of steps) {
    const key = segs[segs.length - 1];
    if (op === '$unset') {
      const { parent } = holder(doc, segs);
      if (parent) delete parent[key];
      continue;
    }
    if (op === '$pull') {
      const { parent } = holder(doc, segs);
      const list = parent?.[key] as unknown[] | undefined;
      if (parent && list) parent[key] = list.filter((x) => x !== value);
      continue;
    }
    const parent = creating(doc, segs);
    if (op === '$addToSet') {
      const list = (parent[key] as unknown[] | undefined) ?? [];
      parent[key] = list.includes(value) ? list : [...list, value];
    } else if (op === '$set') parent[key] = value;
    else if (op === '$inc') parent[key] = ((parent[key] as number | undefined) ?? 0) + (value as number);
    else {
      const { items, slice } = pushed(value)!;
      parent[key] = sliced([...((parent[key] as unknown[] | undefined) ?? []), ...items], slice);
    }
  }
  return true;
}
