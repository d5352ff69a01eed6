/**
 * What a filter says about each field, in the terms SQL can narrow by: the values a field is pinned
 * to (equality, $in, null), a range, and whether anything else is asked that only mingo can check.
 */
import { dateSortable, isDate, isPlainObject, isRegExp, type Doc } from './codec';

export interface Range {
  kind: 'number' | 'string' | 'date';
  lo?: { value: number | string | Date; inclusive: boolean };
  hi?: { value: number | string | Date; inclusive: boolean };
}

export interface FieldConditions {
  /** Values the field must equal one of (scalars; null means missing or null). */
  pins?: unknown[];
  /** `$exists: false`: an index can only narrow to missing-or-null (the document's own JSON tells the two apart). */
  missing?: boolean;
  /** `$exists: true | false`, asked of the field as a whole: `json_type` on the stored document answers it exactly. */
  exists?: boolean;
  range?: Range;
  /** Literal text a "contains" regex asks for, which SQL LIKE can narrow by (see containedText). */
  contains?: string;
  /** Something else is asked (or a condition is not expressible): SQL cannot be the whole answer. */
  extra: boolean;
  /** The field's one condition is a "contains" regex (its LIKE finds every match, and little else). */
  containsOnly?: boolean;
}

export interface Conjuncts {
  /** Conditions per field that must all hold (top level and inside a top-level $and). */
  fields: Map<string, unknown[]>;
  /** Top-level $or groups, each a list of branches (one must hold). */
  ors: Doc[][];
  /** Top-level operators SQL cannot express ($nor, $where, $expr, …). */
  opaque: boolean;
}

export function conjuncts(filter: Doc, out: Conjuncts = { fields: new Map(), ors: [], opaque: false }): Conjuncts {
  for (const [k, v] of Object.entries(filter)) {
    if (k === '$and' && Array.isArray(v)) {
      for (const sub of v) {
        if (isPlainObject(sub)) conjuncts(sub, out);
        else out.opaque = true;
      }
    } else if (k === '$or' && Array.isArray(v) && v.length > 0 && v.every(isPlainObject)) {
      out.ors.push(v as Doc[]);
    } else if (k.startsWith('$')) {
      out.opaque = true;
    } else {
      out.fields.set(k, [...(out.fields.get(k) ?? []), v]);
    }
  }
  return out;
}

const rangeKind = (v: unknown): Range['kind'] | undefined => {
  if (typeof v === 'number') return Number.isFinite(v) ? 'number' : undefined;
  if (typeof v === 'string') return 'string';
  if (isDate(v)) return dateSortable(v) ? 'date' : undefined;
  return undefined;
};

const isScalar = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || isDate(v);

const tighter = (a: unknown, b: unknown, lower: boolean) => {
  const x = isDate(a) ? a.getTime() : (a as number | string);
  const y = isDate(b) ? b.getTime() : (b as number | string);
  return lower ? x > y : x < y;
};

/** Fold every condition on one field into pins, a range and a flag for the rest. */
export function fieldConditions(conds: unknown[]): FieldConditions {
  const out: FieldConditions = { extra: false };
  const pin = (values: unknown[]) => {
    // Two pin sets: the SQL keeps the first; mingo checks both.
    if (out.pins) out.extra = true;
    else out.pins = values;
  };
  const bound = (op: string, value: unknown) => {
    const kind = rangeKind(value);
    if (!kind || (out.range && out.range.kind !== kind)) return void (out.extra = true);
    const range = (out.range ??= { kind });
    const side = op === '$gt' || op === '$gte' ? 'lo' : 'hi';
    const next = { value: value as number | string | Date, inclusive: op.endsWith('e') };
    const current = range[side];
    if (!current || tighter(next.value, current.value, side === 'lo')) range[side] = next;
  };
  for (const cond of conds) {
    if (!isPlainObject(cond)) {
      if (isScalar(cond)) pin([cond]);
      else out.extra = true; // a regex, an array or an object to match whole: mingo's job
      if (isRegExp(cond)) out.contains ??= containedText(cond);
      continue;
    }
    const ops = Object.keys(cond);
    if (!ops.length || ops.some((op) => !op.startsWith('$'))) {
      out.extra = true;
      continue;
    }
    for (const [op, value] of Object.entries(cond)) {
      if (op === '$eq' && isScalar(value)) pin([value]);
      else if (op === '$in' && Array.isArray(value) && value.length > 0 && value.every((x) => isScalar(x) && x !== null)) pin(value);
      else if (op === '$gt' || op === '$gte' || op === '$lt' || op === '$lte') bound(op, value);
      else if (op === '$exists' && typeof value === 'boolean' && (out.exists === undefined || out.exists === value)) {
        out.exists = value;
        if (!value) out.missing = true; // IS NULL on an index also finds stored nulls, which exist
      } else out.extra = true;
    }
  }
  if (out.pins?.some((v) => isRegExp(v))) out.extra = true;
  if (conds.length === 1 && isRegExp(conds[0]) && out.contains !== undefined) out.containsOnly = true;
  return out;
}

const REGEX_SYNTAX = new Set('.*+?^$()[]{}|\\'.split(''));

/**
 * The literal text of a regex that only asks "contains this text" (every special character escaped,
 * no flag but `i`), when `LIKE '%text%'` on the field's json_extract finds every match: SQLite's LIKE
 * folds ASCII case only, so with `i` the text must have no other letters with case; and the text
 * has nothing JSON escapes (quotes, backslashes, control characters), so it reads the same inside an
 * array's JSON text. Undefined otherwise (mingo alone decides).
 */
export function containedText(re: RegExp): string | undefined {
  if (re.flags.replace('i', '') !== '') return undefined;
  let text = '';
  for (let i = 0; i < re.source.length; i++) {
    const c = re.source[i];
    if (c === '\\') {
      const next = re.source[++i];
      if (next === undefined || /[A-Za-z0-9]/.test(next)) return undefined; // \d, \w, \1 …
      text += next;
    } else if (REGEX_SYNTAX.has(c)) return undefined;
    else text += c;
  }
  if (!text || /["\\\u0000-\u001f]/.test(text)) return undefined;
  if (re.flags.includes('i') && [...text].some((ch) => ch.charCodeAt(0) > 127 && ch.toLowerCase() !== ch.toUpperCase())) return undefined;
  return text;
}
