import { isOpenDemand } from '../../src/core/demand/demand.model';
import type { CalendarOverrides } from '../../src/core/time/working-days';
import type { Database } from '../runtime/cloud-types';
import { joinSimilar, leaveSimilar, signatureOf } from '../similarity/similar-demands';
import { calendarOverrideRepo } from './calendar-override.repo';
import { openDemandsChanged } from './demand-tally.repo';
import { demandRepo, type DemandDoc, type DemandEventDoc } from './demand.repo';
import { figureRollupRepo } from './figure-rollup.repo';
import type { Patch } from './repository';
import { patched, stampNew, updateTracked } from './tracked-writes';

/**
 * Every write of a demand comes here: submission, each lifecycle step (people's and the
 * system's), supervision, a handover moving it, the hourly re-evaluation of its figures. Each
 * write is conditional on what its writer read, keeps the rollups in step (tracked-writes.ts)
 * and the district's tally of open demands (demand-tally.repo.ts), and keeps the similarity index: an open demand carries its signature and sits in its band
 * buckets and group; a closed one leaves them.
 */

/** A new demand, once: a retried submission finds the stored one and counts nothing twice. */
export const insertDemand = async (db: Database, doc: DemandDoc, at: Date, calendar?: CalendarOverrides): Promise<{ doc: DemandDoc; created: boolean }> => {
  const cal = calendar ?? (await calendarOverrideRepo.load(db));
  const { doc: stamped, increments } = stampNew('demands', { ...doc, similarity: signatureOf(doc) }, at, cal);
  const result = await demandRepo.insertOnce(db, stamped);
  if (result.created) {
    await figureRollupRepo.applyIncrements(db, increments, at);
    await openDemandsChanged(db);
    await joinSimilar(db, result.doc, at);
  }
  return result;
};

export interface DemandChange {
  /** Plain values and `_.remove()`. */
  patch: Patch<DemandDoc>;
  /** A line for the timeline. */
  event?: DemandEventDoc;
  /** Several lines at once (a timer catching up on milestones passed meanwhile), after `event`. */
  events?: readonly DemandEventDoc[];
  /** A person's step moves the version on (supervision and re-evaluation do not). */
  bumpVersion?: boolean;
  /** A missed deadline recorded once (supervision), by its key. */
  missedKey?: string;
  /** What the write depends on besides the figures' revision: the version a person saw, the steward read, … */
  condition?: Record<string, unknown>;
}

/** Write a change read from `before`; null when the demand moved on meanwhile (nothing written). */
export const writeDemand = async (db: Database, before: DemandDoc, change: DemandChange, at: Date, calendar?: CalendarOverrides): Promise<DemandDoc | null> => {
  const _ = db.command;
  const after = patched(before, change.patch);
  const data: Record<string, unknown> = { ...change.patch };
  const lines = [...(change.event ? [change.event] : []), ...(change.events ?? [])];
  if (lines.length) {
    data.timeline = _.push(lines);
    after.timeline = [...before.timeline, ...lines];
  }
  if (change.bumpVersion) {
    data.version = _.inc(1);
    after.version = before.version + 1;
  }
  if (change.missedKey) {
    data.missedKeys = _.push([change.missedKey]);
    after.missedKeys = [...(before.missedKeys ?? []), change.missedKey];
  }
  const open = isOpenDemand(after.status);
  const reworded = after.title !== before.title || after.description !== before.description;
  const resign = open && (reworded || !before.similarity);
  const leaves = !!before.similarity && (!open || reworded);
  if (resign) after.similarity = data.similarity = signatureOf(after);
  if (leaves) {
    data.similarGroupId = _.remove();
    delete after.similarGroupId;
  }
  if (!open && before.similarity) {
    data.similarity = _.remove();
    delete after.similarity;
  }
  const condition = { ...change.condition, ...(change.missedKey ? { missedKeys: _.neq(change.missedKey) } : {}) };
  const written = await updateTracked(db, 'demands', before, { patch: data as Patch<DemandDoc>, after, condition }, at, calendar);
  if (!written) return null;
  if (written.status !== before.status) await openDemandsChanged(db);
  if (leaves) await leaveSimilar(db, before, at);
  if (resign) await joinSimilar(db, written, at);
  return written;
};
