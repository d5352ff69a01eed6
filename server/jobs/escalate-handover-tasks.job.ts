import type { Database } from '../runtime/cloud-types';
import { openTaskFilter } from '../db/handover.repo';

/**
 * A handover task past its 3-working-day deadline is escalated once: marked, so the unit's and
 * the district's dashboards show it as escalated (督办), and counted in the cron report.
 */
export const escalateHandoverTasks = async (db: Database, now: Date): Promise<number> => {
  const _ = db.command;
  const { stats } = await db
    .collection('handover_tasks')
    .where({ ...openTaskFilter(db), dueAt: _.lt(now), escalatedAt: _.exists(false) })
    .update({ data: { escalatedAt: now } });
  return stats.updated;
};
