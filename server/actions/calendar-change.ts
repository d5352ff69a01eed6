import type { RecalendarProgress } from '../../src/core/time/calendar-coverage';
import type { ActionContext } from '../runtime/action-context';
import { calendarChangeRepo } from '../db/calendar-change.repo';
import { newId } from '../db/codes';
import { recalendarDemands } from '../jobs/recalendar.job';

/** Demands recomputed within the change's own call; a larger backlog is left to the hourly timer. */
const INLINE_BUDGET = 300;

/**
 * A calendar change moves open deadlines: the change is queued (superseding one still pending)
 * and a first pass runs at once, so in a district of ordinary size every deadline has moved by
 * the time the page shows the change.
 */
export const recalendarAfter = async (ctx: ActionContext, summary: string): Promise<RecalendarProgress> => {
  const at = ctx.now();
  const id = newId();
  await calendarChangeRepo.queue(ctx.db, { _id: id, at, by: ctx.user._id, summary, status: 'pending', cursor: '', demandsMoved: 0, tasksMoved: 0 });
  const demandsMoved = await recalendarDemands(ctx.db, at, ctx.messages, INLINE_BUDGET);
  const change = await calendarChangeRepo.get(ctx.db, id);
  return { done: change?.status !== 'pending', demandsMoved };
};
