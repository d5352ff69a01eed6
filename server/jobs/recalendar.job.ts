import { movedDeadlinesText, recomputedDeadlines } from '../../src/core/demand/deadline-recompute';
import { STEP_RULES } from '../../src/core/demand/demand.machine';
import { handoverDeadline } from '../../src/core/org/handover.rules';
import type { CalendarOverrides } from '../../src/core/time/working-days';
import type { Database } from '../runtime/cloud-types';
import { calendarChangeRepo, type CalendarChangeDoc } from '../db/calendar-change.repo';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { demandRepo, type DemandDoc } from '../db/demand.repo';
import { SYSTEM } from '../db/demand-timeline';
import { handoverTaskRepo } from '../db/handover-task.repo';
import type { SubscribeMessageSender } from '../notify/notifier';
import { applyStep } from '../actions/demand-step';

const BATCH = 100;
/** The states a demand still has deadlines in: the machine's own list for the recalendar step. */
const OPEN = STEP_RULES.recalendar.from;

/**
 * After the calendar changed, every open demand's running deadlines are computed again from its
 * timeline. A demand whose deadlines move takes the `recalendar` step (a system step through the
 * machine: conditional on its version, with a timeline note); one that moved on meanwhile is read
 * again and tried once more. Batches follow a cursor kept on the change, so a pass cut short by
 * its budget resumes on the next hourly run. Open handover tasks move with it.
 */
export const recalendarDemands = async (db: Database, now: Date, messages: SubscribeMessageSender, budget = 5000): Promise<number> => {
  const change = await calendarChangeRepo.nextPending(db);
  if (!change) return 0;
  const overrides = await calendarOverrideRepo.load(db);
  let cursor = change.cursor;
  let seen = 0;
  let moved = 0;
  while (seen < budget) {
    const batch = await demandRepo.afterCursor(db, OPEN, cursor, BATCH);
    if (batch.length === 0) {
      await calendarChangeRepo.finish(db, change._id, await moveHandoverTasks(db, overrides, now), now);
      return moved;
    }
    let movedHere = 0;
    for (const d of batch) if (await recalendarOne(db, messages, d, overrides, change, now)) movedHere++;
    // Another run is on the same change: let it carry on.
    if (!(await calendarChangeRepo.advance(db, { _id: change._id, cursor }, batch.at(-1)!._id, movedHere))) return moved + movedHere;
    cursor = batch.at(-1)!._id;
    seen += batch.length;
    moved += movedHere;
  }
  return moved;
};

const recalendarOne = async (db: Database, messages: SubscribeMessageSender, d: DemandDoc, overrides: CalendarOverrides, change: CalendarChangeDoc, now: Date): Promise<boolean> => {
  for (let attempt = 0; attempt < 2; attempt++) {
    const current = attempt === 0 ? d : await demandRepo.get(db, d._id);
    if (!current) return false;
    const moved = recomputedDeadlines(current, overrides);
    if (moved.length === 0) return false;
    const outcome = await applyStep(db, messages, SYSTEM, current, 'recalendar', () => ({
      patch: Object.fromEntries(moved.map((m) => [m.field, m.to])),
      kind: 'recalendared',
      text: movedDeadlinesText(moved, change.summary),
    }), now);
    if (outcome.done) return true;
    if (outcome.refusal !== 'conflict') return false;
  }
  return false;
};

const moveHandoverTasks = async (db: Database, overrides: CalendarOverrides, now: Date): Promise<number> => {
  let moved = 0;
  for (const task of await handoverTaskRepo.all(db, handoverTaskRepo.openTaskFilter(db))) {
    const dueAt = handoverDeadline(new Date(task.createdAt), overrides);
    if (dueAt.getTime() !== new Date(task.dueAt).getTime() && (await handoverTaskRepo.moveDue(db, task, dueAt, now))) moved++;
  }
  return moved;
};
