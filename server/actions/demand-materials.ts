import { materialsMilestoneAt } from '../../src/core/demand/demand.deadlines';
import type { CalendarOverrides } from '../../src/core/time/working-days';
import type { Database } from '../runtime/cloud-types';
import type { DemandDoc } from '../db/demand.repo';
import type { Patch } from '../db/repository';

/**
 * The wait for the enterprise's materials: it starts the resolve clock's pause and the first
 * milestone the hourly job watches (materials-wait.job.ts); materials arriving, or resolving,
 * ends it.
 */
export const materialsWaitStarted = (now: Date, calendar: CalendarOverrides): Patch<DemandDoc> => ({
  pausedAt: now,
  materialsMilestone: 'remindEnterprise',
  materialsDueAt: materialsMilestoneAt(now, 'remindEnterprise', calendar),
});

export const materialsWaitCleared = (db: Database): Patch<DemandDoc> => {
  const remove = db.command.remove();
  return { pausedAt: remove, materialsMilestone: remove, materialsDueAt: remove, materialsLapsedAt: remove };
};
