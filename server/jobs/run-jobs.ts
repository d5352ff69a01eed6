import type { Database } from '../runtime/cloud-types';
import { appendAudit } from '../db/audit.repo';
import { flagOverdueReviews } from './flag-overdue-reviews.job';
import { escalateHandoverTasks } from './escalate-handover-tasks.job';

export interface JobReport {
  trigger: string;
  jobs: Record<string, { changed: number; ms: number }>;
}

const JOBS: Record<string, { collection: string; run: (db: Database, now: Date) => Promise<number> }> = {
  flagOverdueReviews: { collection: 'demands', run: flagOverdueReviews },
  escalateHandoverTasks: { collection: 'handover_tasks', run: escalateHandoverTasks },
};

/** Run every job; each is idempotent, so a timer that fires twice changes nothing the second time. */
export const runScheduledJobs = async (db: Database, now: Date, trigger: string): Promise<JobReport> => {
  const report: JobReport = { trigger, jobs: {} };
  for (const [name, job] of Object.entries(JOBS)) {
    const started = Date.now();
    const changed = await job.run(db, now);
    report.jobs[name] = { changed, ms: Date.now() - started };
    if (changed > 0) {
      await appendAudit(db, {
        at: now,
        actorId: 'cron',
        actorRole: 'system',
        action: `cron.${name}`,
        collection: job.collection,
        recordId: '*',
        summary: `定时任务 ${name} 处理 ${changed} 条`,
      });
    }
  }
  return report;
};
