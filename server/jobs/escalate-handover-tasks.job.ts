import type { Database } from '../runtime/cloud-types';
import { handoverTaskRepo } from '../db/handover-task.repo';

/**
 * A handover task past its 3-working-day deadline is escalated once: marked, so the unit's and
 * the district's dashboards show it as escalated (督办), and counted in the cron report.
 */
export const escalateHandoverTasks = (db: Database, now: Date): Promise<number> => handoverTaskRepo.escalateOverdue(db, now);
