/**
 * Applying one modifyDocument `data` to one document.
 * The SDK sends `merge: true` for update() (data already turned into $set/$inc/... with nested
 * objects flattened to dot paths) and `merge: false` for set() (data is the whole new document).
 */
import { update } from 'mingo';
import { cloneDoc, isDate, isRegExp, type Doc } from './codec';
import { invalidParam, requestFailed } from './errors';
import { applyCommonModifier } from './modify-common';

const isOperatorDoc = (data: Doc): boolean => Object.keys(data).some((k) => k.startsWith('$'));

/** Paths an update operator would write, to refuse touching _id (MongoDB's immutable field). */
function targetsId(modifier: Doc): boolean {
  for (const [op, fields] of Object.entries(modifier)) {
    if (!fields || typeof fields !== 'object') continue;
    for (const [field, value] of Object.entries(fields as Doc)) {
      if (field === '_id' || field.startsWith('_id.')) return true;
      if (op === '$rename' && (value === '_id' || String(value).startsWith('_id.'))) return true;
    }
  }
  return false;
}

const NUMERIC_OPS = new Set(['$inc', '$mul']);
const ARRAY_OPS = new Set(['$push', '$pop', '$pull', '$pullAll', '$addToSet']);
const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : isDate(v) ? 'date' : typeof v);

/**
 * MongoDB rejects updates that do not fit the data ($inc on a string, $push onto a non-array, a path
 * through a scalar); mingo silently skips them. Refuse them here so local runs fail where CloudBase would.
 */
function checkTargets(doc: Doc, modifier: Doc): void {
  for (const [op, fields] of Object.entries(modifier)) {
    // $unset and $rename of a path that is not there are no-ops in MongoDB, not errors.
    if (!fields || typeof fields !== 'object' || op === '$unset' || op === '$rename') continue;
    for (const field of Object.keys(fields as Doc)) {
      const segs = field.split('.');
      let cur: unknown = doc;
      for (let i = 0; i < segs.length; i++) {
        if (cur === undefined || Array.isArray(cur)) break; // missing (created) or array paths: left to mingo
        if (cur === null || typeof cur !== 'object' || isDate(cur)) {
          throw requestFailed(`Cannot create field '${segs[i]}' in element {${segs.slice(0, i).join('.')}: ${typeName(cur)}}`);
        }
        cur = (cur as Doc)[segs[i]];
        if (i < segs.length - 1) continue;
        if (cur === undefined) break;
        if (NUMERIC_OPS.has(op) && typeof cur !== 'number') {
          throw requestFailed(`Cannot apply ${op} to a value of non-numeric type: field '${field}' is ${typeName(cur)}`);
        }
        if (ARRAY_OPS.has(op) && !Array.isArray(cur)) {
          throw requestFailed(`The field '${field}' must be an array but is of type ${typeName(cur)}`);
        }
      }
    }
  }
}

/** The document after applying `data`; `doc` is not modified. */
export function applyModify(doc: Doc, data: Doc, merge: boolean): Doc {
  if (!merge) {
    if ('_id' in data && data._id !== doc._id) throw invalidParam('不能更新_id的值');
    // set() replaces everything except _id.
    return { ...data, _id: doc._id };
  }
  const modifier = isOperatorDoc(data) ? data : { $set: data };
  if (targetsId(modifier)) {
    throw invalidParam("Performing an update on the path '_id' would modify the immutable field '_id'");
  }
  checkTargets(doc, modifier);
  // Not structuredClone: it builds host-realm Dates, which other realms (jest's) cannot recognise.
  const next = cloneDoc(doc);
  // The common operators directly; the rest by mingo, which throws on unknown operators and on type
  // errors ($inc on a string), like MongoDB rejects them.
  if (!applyCommonModifier(next, modifier)) update(next, modifier as Parameters<typeof update>[1]);
  return next;
}

/**
 * The document an upsert creates when nothing matched: equality fields of the query seed it
 * (MongoDB's rule), then the update is applied on top.
 */
export function upsertDoc(query: Doc, data: Doc, merge: boolean, id: unknown): Doc {
  const seed: Doc = { _id: id };
  for (const [k, v] of Object.entries(query)) {
    if (k.startsWith('$') || k === '_id') continue;
    const isCondition = v && typeof v === 'object' && !isDate(v) && !isRegExp(v) && !Array.isArray(v);
    if (!isCondition && !k.includes('.')) seed[k] = v;
  }
  return applyModify(merge ? seed : { _id: id }, data, merge);
}
