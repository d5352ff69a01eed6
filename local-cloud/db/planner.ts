/**
 * Chooses how SQLite narrows a query before mingo evaluates the full filter.
 * The prefilter must only ever return a superset of the matching documents (mingo re-checks every
 * candidate); a plan marked `exact` is the filter itself, so a count can skip the documents.
 *
 * An index serves equality / $in / null on its leading fields, then a range on the next one; it
 * yields the sort order when the sort field follows single-valued equalities; a top-level $or is
 * served by the union of one such plan per branch (SQLite's multi-index OR).
 */
import { dateIndexText, encodeStored, isDate, type Doc } from './codec';
import { conjuncts, fieldConditions, type Conjuncts, type FieldConditions, type Range } from './conditions';
import { fieldExpr, typeExpr, type IndexInfo } from './indexes';

export interface Plan {
  /** Index name, '_id' for the primary key, several names joined by ' | ' for a union. */
  index: string;
  where: string;
  params: unknown[];
  /** The rows come out in the query's sort order when read in this order. */
  order?: { expr: string; desc: boolean };
  /** The SQL condition is the whole filter. */
  exact: boolean;
  /**
   * The SQL condition is the whole filter but for "contains" regexes on fields the index holds:
   * SQLite tests their LIKE on the walked index entries, so a walk decodes (nearly) only matches.
   */
  exactButContains?: boolean;
  /** How much it narrows: a pinned column counts 1, a range ½ (a union counts its weakest branch). */
  score: number;
  /**
   * For an ordered walk chosen over a narrower plan: the narrower plan, to read and sort instead if
   * the walk has not filled the page within `walkBudget` rows (matches were sparse in that order).
   */
  fallback?: Plan;
  walkBudget?: number;
  /**
   * For a "contains" search read in natural order: an index that leads with the searched field.
   * SQLite scans it and tests the LIKE on the stored value, instead of parsing every document.
   */
  scanIndex?: string;
}

export interface QueryShape {
  sort?: Array<[string, 1 | -1]>;
  /** A limit stops the read early, which makes an index that yields the order worth walking. */
  limited?: boolean;
  /** skip + limit: the rows the read must find. */
  window?: number;
  /** A count: an exact plan needs no document at all, so it wins. */
  count?: boolean;
}

/** Rows an unordered plan may yield before walking an ordered index instead becomes the better bet. */
export const SORT_IN_MEMORY_ROWS = 300;
/** Ties between equally narrow plans are counted from this many candidates up, eight times more each round. */
const TIE_COUNT_START = 1000;
const TIE_COUNT_MAX = 1_000_000;
/** How far an ordered walk may go, per row of the page, before the narrower plan takes over. */
const WALK_ROWS_PER_RESULT = 20;

/** Primary-key value of an _id: strings as-is, anything else tagged so it cannot collide with a string. */
export const keyOf = (id: unknown): string => (typeof id === 'string' ? id : '\u0000' + encodeStored({ id }));

/** The value json_extract yields for a JS scalar, or undefined when it cannot be matched by SQL equality. */
function sqlScalar(v: unknown): string | number | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  // json_extract turns JSON true/false into 1/0; mingo weeds out any plain 1/0 this also finds.
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isDate(v)) return dateIndexText(v);
  return undefined;
}

/** Whether SQL equality on json_extract is exactly Mongo equality for this value (see IndexFlags.ambiguous). */
const exactValue = (v: unknown, ix: IndexInfo) =>
  v === null || (typeof v === 'string' && !v.startsWith('{') && !v.startsWith('[')) || ((typeof v === 'number' || isDate(v)) && !ix.ambiguous);

interface Part {
  sql: string;
  params: unknown[];
  exact: boolean;
  single: boolean;
}

function pinPart(expr: string, fc: FieldConditions, ix: IndexInfo): Part | null {
  const nullKey = ix.unique ? `${expr} = x'00'` : `${expr} IS NULL`;
  if (fc.pins) {
    if (fc.pins.length === 1 && fc.pins[0] === null) return { sql: nullKey, params: [], exact: !fc.extra, single: true };
    const vals = fc.pins.map(sqlScalar);
    if (vals.some((v) => v === undefined)) return null;
    const sql = vals.length === 1 ? `${expr} = ?` : `${expr} IN (${vals.map(() => '?').join(', ')})`;
    return { sql, params: vals, exact: !fc.extra && fc.pins.every((v) => exactValue(v, ix)), single: vals.length === 1 };
  }
  // Missing or null in the index; the presence test every plan carries (presenceTests) drops the nulls.
  if (fc.missing) return { sql: nullKey, params: [], exact: !fc.extra, single: true };
  return null;
}

/** SQL for a range, bracketed by type as MongoDB brackets comparisons (numbers < text < blobs in SQLite). */
function rangePart(expr: string, r: Range, fc: FieldConditions, ix: IndexInfo): Part | null {
  if (ix.unordered) return null;
  const val = (v: number | string | Date) => (isDate(v) ? dateIndexText(v)! : v);
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [end, op] of [[r.lo, '>'], [r.hi, '<']] as const) {
    if (!end) continue;
    parts.push(`${expr} ${op}${end.inclusive ? '=' : ''} ?`);
    params.push(val(end.value));
  }
  // The other end of the value class, so a one-sided range does not run into the next class.
  if (r.kind === 'number' && !r.hi) parts.push(`${expr} < ''`);
  if (r.kind === 'string' && !r.lo) parts.push(`${expr} >= ''`);
  if (r.kind === 'date' && !r.lo) parts.push(`${expr} >= '{"$date":"'`);
  if (r.kind === 'date' && !r.hi) parts.push(`${expr} < '{"$date":"~'`);
  // Strings also compare with objects' and dates' JSON text, so a string range is never exact.
  return { sql: parts.join(' AND '), params, exact: !fc.extra && !fc.pins && r.kind !== 'string' && !ix.ambiguous, single: false };
}

/** The best use of one index for these field conditions, or null if it does not help. */
function indexPlan(ix: IndexInfo, fields: Map<string, FieldConditions>, sortBy?: [string, 1 | -1]): Plan | null {
  if (ix.multikey) return null;
  const parts: Part[] = [];
  let score = 0;
  let singles = 0;
  for (let i = 0; i < ix.fields.length; i++) {
    const fc = fields.get(ix.fields[i].path);
    if (!fc) break;
    const pin = pinPart(ix.exprs[i], fc, ix);
    if (pin) {
      parts.push(pin);
      score += 1;
      if (pin.single && singles === i) singles++;
      continue;
    }
    const range = fc.range && rangePart(ix.exprs[i], fc.range, fc, ix);
    if (range) {
      parts.push(range);
      score += 0.5;
    }
    break;
  }
  // Ordered if the sort field comes right after single-valued equalities (a range on it is fine).
  const next = ix.fields[singles];
  const ordered = !!sortBy && !!next && next.path === sortBy[0] && !ix.unique && !ix.unordered;
  if (!parts.length && !ordered) return null;
  // Covered when every field is the SQL's: pinned by an exact part, or asked only whether it exists.
  const pinned = new Set(ix.fields.slice(0, parts.length).map((f) => f.path));
  // Optionally also when a field is only a contains test on a field the index holds (SQLite tests its LIKE there).
  const held = new Set(ix.fields.map((f) => f.path));
  const coveredBy = (contains: boolean) =>
    parts.every((p) => p.exact) && [...fields].every(([path, fc]) => pinned.has(path) || presenceOnly(fc) || (contains && fc.containsOnly && held.has(path)));
  const covered = coveredBy(false);
  const coveredButContains = !covered && coveredBy(true);
  return {
    index: ix.name,
    where: parts.map((p) => p.sql).join(' AND ') || '1',
    params: parts.flatMap((p) => p.params),
    ...(ordered ? { order: { expr: ix.exprs[singles], desc: sortBy[1] === -1 } } : {}),
    exact: covered,
    ...(coveredButContains ? { exactButContains: true } : {}),
    score,
  };
}

function idPlan(fields: Map<string, FieldConditions>, sortBy?: [string, 1 | -1]): Plan | null {
  const fc = fields.get('_id');
  const ids = fc?.pins?.map((v) => (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? keyOf(v) : undefined));
  if (ids && !ids.includes(undefined)) {
    const where = ids.length === 1 ? '_id = ?' : `_id IN (${ids.map(() => '?').join(', ')})`;
    return { index: '_id', where, params: ids, exact: !fc!.extra && fields.size === 1, score: Infinity };
  }
  // A string range on _id walks the primary key (paging by _id); number ids are keyed apart and excluded.
  const r = fc?.range?.kind === 'string' ? fc.range : undefined;
  const ordered = sortBy?.[0] === '_id';
  if (!r && !ordered) return null;
  const parts = [...(r?.lo ? [`_id ${r.lo.inclusive ? '>=' : '>'} ?`] : []), ...(r?.hi ? [`_id ${r.hi.inclusive ? '<=' : '<'} ?`] : [])];
  return {
    index: '_id', where: parts.join(' AND ') || '1', params: [r?.lo?.value, r?.hi?.value].filter((v) => v !== undefined), exact: false, score: r ? 0.5 : 0,
    ...(ordered ? { order: { expr: '_id', desc: sortBy![1] === -1 } } : {}),
  };
}

/** A field asked only whether it exists, which the presence test answers exactly. */
const presenceOnly = (fc: FieldConditions) => fc.exists !== undefined && !fc.pins && !fc.range && !fc.extra && fc.contains === undefined;

/**
 * `$exists` on a top-level field, tested on the stored document's JSON: json_type is NULL only where
 * the field is missing (a stored null is 'null'), exactly MongoDB's meaning; SQLite reads the
 * document text without it being decoded. On a dotted path arrays change the meaning: mingo decides.
 */
const presenceTests = (fields: Map<string, FieldConditions>): string[] =>
  [...fields].filter(([path, fc]) => fc.exists !== undefined && !path.includes('.')).map(([path, fc]) => `${typeExpr(path)} IS ${fc.exists ? 'NOT ' : ''}NULL`);

/** A "contains" regex narrows by LIKE on the field (SQLite reads it from an index that holds the field). */
const LIKE_SCORE = 0.25;
/** A presence test alone narrows less than a LIKE (most documents of a collection hold most fields). */
const PRESENCE_SCORE = 0.125;

const candidates = (c: Conjuncts, indexes: IndexInfo[], sortBy?: [string, 1 | -1]): Plan[] => {
  const fields = new Map([...c.fields].map(([k, conds]) => [k, fieldConditions(conds)]));
  // $exists on a dotted path has no presence test: the SQL narrows at most, mingo decides.
  for (const [path, fc] of fields) if (fc.exists !== undefined && path.includes('.')) fc.extra = true;
  const presence = presenceTests(fields);
  const plans = [idPlan(fields, sortBy), ...indexes.map((ix) => indexPlan(ix, fields, sortBy))].filter((p): p is Plan => !!p);
  if (presence.length) {
    const test = presence.join(' AND ');
    for (const p of plans) p.where = p.where === '1' ? test : `${p.where} AND ${test}`;
    // Nothing else narrows: the presence test alone still spares decoding the documents that fail it.
    if (!plans.some((p) => p.score > 0)) plans.push({ index: 'presence', where: test, params: [], exact: [...fields.values()].every(presenceOnly), score: PRESENCE_SCORE });
  }
  if (c.opaque || c.ors.length) for (const p of plans) Object.assign(p, { exact: false, exactButContains: false });
  const likes = [...fields].filter(([, fc]) => fc.contains !== undefined).map(([path, fc]) => ({ path, sql: `${fieldExpr(path)} LIKE ? ESCAPE '\\'`, param: `%${fc.contains!.replace(/[\\%_]/g, '\\$&')}%` }));
  if (!likes.length) return plans;
  // Only matches are decoded, whichever plan reads: every plan also tests the LIKEs in SQL.
  const where = likes.map((l) => l.sql).join(' AND ');
  const params = likes.map((l) => l.param);
  for (const p of plans) Object.assign(p, { where: p.where === '1' ? where : `${p.where} AND ${where}`, params: [...p.params, ...params] });
  // The smallest index that leads with a searched field holds its values: scanning it is the table scan, cheaper.
  const scanIndex = indexes.filter((ix) => likes.some((l) => ix.fields[0]?.path === l.path)).sort((a, b) => a.fields.length - b.fields.length)[0]?.name;
  return [...plans, { index: 'like', where, params, exact: false, score: LIKE_SCORE, ...(scanIndex ? { scanIndex } : {}) }];
};

export type Estimate = (plan: Plan, cap: number) => number;

/** The narrowest plan; equally narrow ones are told apart by counting their candidates in the index. */
const narrowest = (plans: Plan[], estimate?: Estimate): Plan | undefined => {
  const narrowing = plans.filter((p) => p.score > 0).sort((a, b) => b.score - a.score);
  // Ties with the same SQL condition (through different indexes) yield the same rows: count one of them.
  const ties: Plan[] = [];
  const conditions = new Set<string>();
  for (const p of narrowing) {
    const condition = p.where + JSON.stringify(p.params);
    if (p.score !== narrowing[0].score) break;
    if (!conditions.has(condition)) ties.push(p);
    conditions.add(condition);
  }
  if (!estimate || !narrowing.length || narrowing[0].score === Infinity) return narrowing[0];
  const top = ties.length < 2 ? narrowing[0] : countedTie(ties, estimate);
  // Scores count pinned fields, not how selective they are: two pinned flags (role, status) may
  // leave thousands of rows where one pinned id leaves two. When the top plan is not few, a plan
  // that pins fewer fields but yields few rows is taken. Counting stops at SORT_IN_MEMORY_ROWS.
  const fewer = narrowing.filter((p) => p.score < top.score && p.score > 0);
  if (!fewer.length || estimate(top, SORT_IN_MEMORY_ROWS) < SORT_IN_MEMORY_ROWS) return top;
  const few = fewer.map((p) => ({ p, n: estimate(p, SORT_IN_MEMORY_ROWS) })).filter((c) => c.n < SORT_IN_MEMORY_ROWS).sort((a, b) => a.n - b.n)[0];
  return few?.p ?? top;
};

/** Count until one plan stays under the cap: the cost is about the smaller plan's size, never the larger's. */
const countedTie = (ties: Plan[], estimate: Estimate): Plan => {
  for (let cap = TIE_COUNT_START; ; cap *= 8) {
    const counted = ties.map((p) => ({ p, n: estimate(p, cap) })).sort((a, b) => a.n - b.n);
    if (counted[0].n < cap || cap >= TIE_COUNT_MAX) return counted[0].p;
  }
};

/** One plan per branch of the first $or (each with the conditions outside it); null if a branch cannot be narrowed. */
function unionPlan(c: Conjuncts, indexes: IndexInfo[], estimate?: Estimate): Plan | null {
  const [branches, ...otherOrs] = c.ors;
  if (!branches) return null;
  const plans: Plan[] = [];
  for (const branch of branches) {
    const inner = conjuncts(branch);
    const merged: Conjuncts = { fields: new Map(c.fields), ors: [...otherOrs, ...inner.ors], opaque: c.opaque || inner.opaque };
    for (const [k, conds] of inner.fields) merged.fields.set(k, [...(merged.fields.get(k) ?? []), ...conds]);
    const best = narrowest(candidates(merged, indexes), estimate);
    if (!best) return null;
    plans.push(best);
  }
  return {
    index: [...new Set(plans.map((p) => p.index))].join(' | '),
    where: plans.map((p) => `(${p.where})`).join(' OR '),
    params: plans.flatMap((p) => p.params),
    exact: plans.every((p) => p.exact),
    score: Math.min(...plans.map((p) => p.score)),
  };
}

/**
 * The plan for a query. `estimate` (rows a plan yields, counted from its index up to a cap) breaks
 * ties between equally narrow plans and decides between reading a narrow set and sorting it, or
 * walking an index in the sort order until the page is full.
 */
export function planQuery(filter: Doc, indexes: IndexInfo[], shape: QueryShape = {}, estimate?: Estimate): Plan | null {
  const c = conjuncts(filter);
  // The walk serves the first sort key; rows that tie on it are ordered by the others as they come (find.ts).
  const sortBy = shape.sort?.length && shape.limited ? shape.sort[0] : undefined;
  const plans = candidates(c, indexes, sortBy);
  const union = unionPlan(c, indexes, estimate);
  if (union) plans.push(union);
  if (shape.count) {
    const exact = plans.filter((p) => p.exact).sort((a, b) => b.score - a.score)[0];
    if (exact) return exact;
  }
  const ordered = plans.filter((p) => p.order).sort((a, b) => b.score - a.score)[0];
  // A narrower set no bigger than the rows the read must find anyway (a 1,000-row page) is read and sorted.
  const fits = Math.max(SORT_IN_MEMORY_ROWS, shape.window ?? 0);
  if (ordered && plans.every((p) => p.score <= ordered.score)) {
    // No plan pins more fields than the one that also yields the order. Scores count fields, not how
    // selective they are: one pinned id may still leave far fewer rows than two pinned flags
    // (role and status) walked in order. Read those few and sort them; else walk in order.
    // Each other plan is counted only up to `fits`: which of them is narrowest does not matter
    // unless it is that small (counting ties to the end cost 13 ms for a unit's demands of one category).
    // Only a contains test is left to mingo, on an index SQLite tests it in: the walk decodes matches only.
    if (!estimate || ordered.exactButContains || estimate(ordered, fits) < fits) return ordered;
    const few = plans.filter((p) => p !== ordered && p.score > 0).map((p) => ({ p, n: estimate(p, fits) })).filter((c) => c.n < fits).sort((a, b) => a.n - b.n)[0];
    return few?.p ?? ordered;
  }
  const best = narrowest(plans, estimate);
  if (!ordered || ordered === best) return best ?? ordered ?? null;
  if (!best || ordered.score >= best.score) return ordered;
  if (estimate && estimate(best, fits) < fits) return best;
  // Many rows match the narrower plan: walk in order, but give up for it if matches prove sparse.
  return { ...ordered, fallback: best, walkBudget: SORT_IN_MEMORY_ROWS + WALK_ROWS_PER_RESULT * (shape.window ?? 0) };
}
