import { rollupIncrements, type RollupIncrement } from '../../src/core/figures/rollup';
import type { CalendarOverrides } from '../../src/core/time/working-days';
import type { Database } from '../runtime/cloud-types';
import { FIGURE_SOURCES, type Evaluation, type SourceDoc, type SourceName } from '../figures/figure-sources';
import { calendarOverrideRepo } from './calendar-override.repo';
import { derivedPatch, withDerivedFields } from './derived-fields';
import type { FactsStamp } from './facts-stamp';
import { figureRollupRepo } from './figure-rollup.repo';
import { repository, type Filter, type Patch } from './repository';

/**
 * Writes of the records that count in the figures. Every insert and every update of such a record
 * comes through here, so the rollup rows always equal the sum of each record's contributions
 * evaluated at its `factsAt`:
 * - the record is stamped with the evaluation time and a revision, and an update is conditional
 *   on the revision it read, so of two writers re-evaluating one record only one wins, and each
 *   winner's delta starts from exactly what the rollups hold for the record;
 * - the record's derived fields (derived-fields.ts: a demand's running deadline, a visit's open
 *   promises) are stored with it as the write leaves it;
 * - the delta (new contributions minus held ones) goes to the rollups after the record is
 *   written. Should the function die in between, the rows drift until the repair job's next pass
 *   (server/jobs/repair-figures.job.ts) puts them right; the record itself is never lost.
 */

const evaluate = <N extends SourceName>(name: N, doc: SourceDoc<N>, at: Date, calendar: CalendarOverrides): Evaluation =>
  FIGURE_SOURCES[name].evaluate(doc, at, calendar);

/** The calendar a source's evaluation needs (only demands count working days). */
export const calendarFor = async (db: Database, name: SourceName): Promise<CalendarOverrides> =>
  FIGURE_SOURCES[name].usesCalendar ? calendarOverrideRepo.load(db) : {};

/** What the rollups hold for a stored record: its contributions at its stamp, none if never stamped. */
export const heldContributions = <N extends SourceName>(name: N, doc: SourceDoc<N>, calendar: CalendarOverrides) =>
  doc.factsAt ? evaluate(name, doc, new Date(doc.factsAt), calendar).contributions : null;

/** The stamp of a record evaluated at `at`; the refresh instant lies just past the deadline, when lateness is decided. */
export const stampFor = (e: Evaluation, at: Date, rev: number): FactsStamp => {
  const days = e.contributions.map((c) => c.day).sort();
  return {
    factsAt: at,
    factsRev: rev,
    ...(days.length ? { factsFrom: days[0], factsTo: days[days.length - 1] } : {}),
    ...(e.nextChangeAt ? { factsRefreshAt: new Date(e.nextChangeAt.getTime() + 1) } : {}),
  };
};

/** A new record, stamped, and the increments that add it to the rollups once it is stored. */
export const stampNew = <N extends SourceName>(name: N, doc: SourceDoc<N>, at: Date, calendar: CalendarOverrides): { doc: SourceDoc<N>; increments: RollupIncrement[] } => {
  const work = doc as { creditedStewardId?: string; stewardId?: string };
  const credited = FIGURE_SOURCES[name].creditsWork ? { creditedStewardId: work.creditedStewardId ?? work.stewardId } : {};
  const record = { ...doc, ...credited };
  const e = evaluate(name, record, at, calendar);
  return { doc: { ...record, ...stampFor(e, at, 1) }, increments: rollupIncrements(null, e.contributions) };
};

export const insertTracked = async <N extends SourceName>(db: Database, name: N, docs: Array<SourceDoc<N>>, at: Date, calendar?: CalendarOverrides): Promise<Array<SourceDoc<N>>> => {
  const cal = calendar ?? (await calendarFor(db, name));
  const stamped = docs.map((d) => stampNew(name, withDerivedFields(name, d), at, cal));
  await repository(name).insertMany(db, stamped.map((s) => s.doc));
  await figureRollupRepo.applyIncrements(db, stamped.flatMap((s) => s.increments), at);
  return stamped.map((s) => s.doc);
};

const isCommand = (v: unknown): v is { operator: string } =>
  !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && 'operator' in v && 'operands' in v;

/** The document after a patch of plain values and `_.remove()`; other commands need the caller's own `after`. */
export const patched = <T extends object>(before: T, patch: object): T => {
  const after: Record<string, unknown> = { ...(before as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (!isCommand(value)) after[key] = value;
    else if (value.operator === 'remove') delete after[key];
    else throw new Error(`patched(): pass the document after the write for the ${value.operator} command on ${key}`);
  }
  return after as T;
};

export interface TrackedUpdate<N extends SourceName> {
  /** The update as the database applies it (it may hold update commands). */
  patch: Patch<SourceDoc<N>>;
  /** The document after the update; by default `before` with the patch's values and removals. */
  after?: SourceDoc<N>;
  /** What else the write depends on (the version a person saw, an open count, …). */
  condition?: Record<string, unknown>;
}

/**
 * A conditional update re-evaluated at `at`. Null when the record no longer matches what was
 * read (the condition, or a revision moved by another writer): nothing was written.
 */
export const updateTracked = async <N extends SourceName>(db: Database, name: N, before: SourceDoc<N>, update: TrackedUpdate<N>, at: Date, calendar?: CalendarOverrides): Promise<SourceDoc<N> | null> => {
  const _ = db.command;
  const cal = calendar ?? (await calendarFor(db, name));
  const after = update.after ?? patched(before, update.patch);
  const held = heldContributions(name, before, cal);
  const e = evaluate(name, after, at, cal);
  const stamp = stampFor(e, at, (before.factsRev ?? 0) + 1);
  const cleared = Object.fromEntries((['factsFrom', 'factsTo', 'factsRefreshAt'] as const).filter((k) => !(k in stamp)).map((k) => [k, _.remove()]));
  const filter = { ...update.condition, _id: before._id, factsRev: before.factsRev ?? _.exists(false) } as Filter<SourceDoc<N>>;
  const derived = derivedPatch(db, name, after);
  const data = { ...update.patch, ...derived, ...stamp, ...cleared } as Patch<SourceDoc<N>>;
  if ((await repository(name).updateWhere(db, filter, data)) !== 1) return null;
  await figureRollupRepo.applyIncrements(db, rollupIncrements(held, e.contributions), at);
  const result: Record<string, unknown> = { ...withDerivedFields<object>(name, after), ...stamp };
  for (const key of Object.keys(cleared)) delete result[key];
  return result as unknown as SourceDoc<N>;
};
