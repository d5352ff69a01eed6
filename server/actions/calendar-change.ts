import { shanghaiDate } from '../../src/core/time/shanghai';
import type { RecalendarProgress } from '../../src/core/time/calendar-coverage';
import type { ActionContext } from '../runtime/action-context';
import { calendarChangeRepo } from '../db/calendar-change.repo';
import { newId } from '../db/codes';
import { recalendarDemands } from '../jobs/recalendar.job';
import { requestRepair } from '../jobs/repair-figures.job';

/** Demands recomputed within the change's own call; a larger backlog is left to the hourly timer. */
const INLINE_BUDGET = 300;

/** A month and a half: the longest stage (15 working days) started no earlier than this before a changed day. */
const LONGEST_STAGE_MS = 45 * 86_400_000;

/**
 * A calendar change moves open deadlines: the change is queued (superseding one still pending)
 * and a first pass runs at once, so in a district of ordinary size every deadline has moved by
 * the time the page shows the change. Each moved demand is re-evaluated by its own write; the
 * on-time figures already counted for demands met or closed around the changed days move too,
 * so the figures are rebuilt from a month and a half before the first changed day (or today).
 */
export const recalendarAfter = async (ctx: ActionContext, change: { summary: string; firstDay: string }): Promise<RecalendarProgress> => {
  const at = ctx.now();
  const from = shanghaiDate(new Date(Math.min(Date.parse(`${change.firstDay}T12:00:00+08:00`), at.getTime()) - LONGEST_STAGE_MS)).slice(0, 7);
  await requestRepair(ctx.db, { from, full: false, reason: `工作日历调整（${change.summary}）`, by: ctx.user._id }, at);
  const id = newId();
  await calendarChangeRepo.queue(ctx.db, { _id: id, at, by: ctx.user._id, summary: change.summary, status: 'pending', cursor: '', demandsMoved: 0, tasksMoved: 0 });
  const demandsMoved = await recalendarDemands(ctx.db, at, ctx.messages, INLINE_BUDGET);
  const stored = await calendarChangeRepo.get(ctx.db, id);
  return { done: stored?.status !== 'pending', demandsMoved };
};
