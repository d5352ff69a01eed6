/**
 * Conversions between the three forms a document takes here:
 *  - the SDK's wire form: EJSON strings (`$date`, `$regularExpression`, `{"n":{"$numberInt":"1"}}`, and
 *    the SDK's own `{"$tcb_server_date":{"offset":n}}` marker for db.serverDate());
 *  - plain JS values (numbers, strings, Date, RegExp) that mingo evaluates;
 *  - the storage form: JSON text whose scalars are plain JSON, so SQLite's json_extract can index them.
 */
import { EJSON, BSONRegExp } from 'bson';

export type Doc = Record<string, unknown>;

/*
 * Type checks that work across JS realms. Under jest, test code runs in a vm context whose Date and
 * Object differ from the host's (which e.g. structuredClone uses), so `instanceof Date` can be false
 * for a real Date — and a Date mistaken for a plain object would be stored as {}.
 */
const tag = (v: unknown): string => Object.prototype.toString.call(v);
export const isDate = (v: unknown): v is Date => tag(v) === '[object Date]';
export const isRegExp = (v: unknown): v is RegExp => tag(v) === '[object RegExp]';
export const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || tag(v) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null; // some realm's Object.prototype
};

/** Deep copy of a document's plain data (Dates copied; other values are immutable or shared). */
export function cloneDoc<T>(v: T): T {
  if (isDate(v)) return new Date(v.getTime()) as T;
  if (Array.isArray(v)) return v.map(cloneDoc) as T;
  if (isPlainObject(v)) {
    const out: Doc = {};
    for (const [k, x] of Object.entries(v)) out[k] = cloneDoc(x);
    return out as T;
  }
  return v;
}

/** Mongo regex options that JavaScript understands ('x' has no JS equivalent and is dropped). */
const toRegExp = (re: BSONRegExp): RegExp => new RegExp(re.pattern, re.options.replace(/[^imsu]/g, ''));

/**
 * Turn a parsed request value into what mingo evaluates: BSON regexes become RegExp and the
 * serverDate marker becomes the server's current time (CloudBase resolves it on the server, too).
 */
export function resolveRequestValue(value: unknown, now: number): unknown {
  if (value instanceof BSONRegExp) return toRegExp(value);
  if (Array.isArray(value)) return value.map((v) => resolveRequestValue(v, now));
  if (isPlainObject(value)) {
    const marker = value.$tcb_server_date;
    if (isPlainObject(marker) && Object.keys(value).length === 1) {
      return new Date(now + (typeof marker.offset === 'number' ? marker.offset : 0));
    }
    const out: Doc = {};
    for (const [k, v] of Object.entries(value)) out[k] = resolveRequestValue(v, now);
    return out;
  }
  return value;
}

/** Parse one EJSON string from a request (query, data, order, projection, stage). */
export function parseRequest(text: unknown, now: number): unknown {
  if (text === undefined || text === null || text === '') return undefined;
  if (typeof text !== 'string') return resolveRequestValue(text, now);
  return resolveRequestValue(EJSON.parse(text, { relaxed: true }), now);
}

/**
 * Dates as ISO text with milliseconds always present, so their JSON text sorts chronologically in an
 * index (bson's relaxed form drops ".000", which would break that order). Years outside 0-9999 do not
 * sort as text, so they use the numeric form and are treated as unsortable by the index path.
 */
export const dateSortable = (d: Date): boolean => {
  const y = d.getUTCFullYear();
  return !Number.isNaN(d.getTime()) && y >= 0 && y <= 9999;
};

const encodeDate = (d: Date): unknown =>
  dateSortable(d) ? { $date: d.toISOString() } : { $date: { $numberLong: String(d.getTime()) } };

function toStorageValue(value: unknown): unknown {
  if (isDate(value)) return encodeDate(value);
  if (isRegExp(value)) return { $regularExpression: { pattern: value.source, options: value.flags } };
  if (typeof value === 'number' && !Number.isFinite(value)) return { $numberDouble: String(value) };
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : toStorageValue(v)));
  if (typeof value === 'object' && value !== null) {
    if ('_bsontype' in value) return EJSON.serialize(value, { relaxed: true });
    const out: Doc = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined && typeof v !== 'function') out[k] = toStorageValue(v);
    }
    return out;
  }
  return value;
}

/** Document → the JSON text stored in SQLite. */
export const encodeStored = (doc: Doc): string => JSON.stringify(toStorageValue(doc));

/**
 * Stored JSON text → document with Date objects. Every read decodes every candidate row, so this is
 * the engine's hottest path: plain JSON.parse, then only the EJSON wrappers (objects with a
 * '$'-key; field names never start with '$') go through bson — the same values EJSON.parse gives.
 */
export const decodeStored = (text: string): Doc => reviveFields(JSON.parse(text)) as Doc;

function reviveFields(v: Record<string, unknown> | unknown[]): unknown {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = reviveValue(v[i]);
  } else {
    for (const k in v) v[k] = reviveValue(v[k]);
  }
  return v;
}

function reviveValue(x: unknown): unknown {
  if (x === null || typeof x !== 'object') return x;
  if (Array.isArray(x)) return reviveFields(x);
  const obj = x as Record<string, unknown>;
  for (const k in obj) {
    if (k.charCodeAt(0) !== 36) continue;
    const keys = Object.keys(obj);
    if (keys.length === 1 && typeof obj.$date === 'string') return new Date(obj.$date);
    return EJSON.deserialize(obj, { relaxed: true });
  }
  return reviveFields(obj);
}

/** The JSON text json_extract returns for a date value (used to prefilter date equality via an index). */
export const dateIndexText = (d: Date): string | undefined =>
  dateSortable(d) ? JSON.stringify(encodeDate(d)) : undefined;

/** A scalar of a transaction's reply (`updated`, `deleted`) → canonical EJSON, as CloudBase sends it. */
export const encodeReply = (value: unknown): string => EJSON.stringify(value as Doc, { relaxed: false });

/**
 * Document → the EJSON string of a reply's `list` or `doc`. The SDK reads it with EJSON.parse
 * (relaxed), which gives the same values for this relaxed form (plain numbers, ISO `$date`) as for the
 * canonical one; the relaxed form is the storage text, and far cheaper to write and to parse
 * (canonical dates are `$numberLong` strings that bson turns into a Long, then a number).
 */
export const encodeReplyDoc = (doc: Doc | null): string => (doc ? encodeStored(doc) : 'null');
