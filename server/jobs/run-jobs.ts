import type { Database } from '../runtime/cloud-types';
import { auditRepo } from '../db/audit.repo';
import type { CollectionName } from '../db/collections';
import type { SubscribeMessageSender } from '../notify/notifier';
import { autoCloseDemands } from './auto-close-demands.job';
import { escalateHandoverTasks } from './escalate-handover-tasks.job';
import { messageRepo } from '../db/message.repo';
import { superviseDemands } from './supervise-demands.job';
import { repairDerivedFields } from './repair-derived-fields.job';
import { sendVisitReminders } from './visit-reminders.job';
import type { JobResult, JobRun } from './job-run';

export interface JobReport {
  trigger: string;
  /** Per job: what it changed, how long it took, and whether it finished all that was due. */
  jobs: Record<string, { changed: number; ms: number; done: boolean }>;
}

type Job = { collection: CollectionName; run: (run: JobRun) => Promise<JobResult> };

/** A job that does its whole work in one short call. */
const whole = (work: (run: JobRun) => Promise<number>) => async (run: JobRun): Promise<JobResult> => ({ changed: await work(run), done: true });

const purgeMessages = async ({ db, now, timeUp }: JobRun): Promise<JobResult> => {
  const { removed, done } = await messageRepo.purgeExpired(db, now, timeUp);
  return { changed: removed, done };
};

/** Jobs per timer trigger (cloudfunctions/cron/config.json). */
const JOBS_BY_TRIGGER: Record<string, Record<string, Job>> = {
  hourly: {
    superviseDemands: { collection: 'demands', run: superviseDemands },
    autoCloseDemands: { collection: 'demands', run: autoCloseDemands },
    escalateHandoverTasks: { collection: 'handover_tasks', run: whole(({ db, now }) => escalateHandoverTasks(db, now)) },
    purgeExpiredMessages: { collection: 'messages', run: purgeMessages },
  },
  morning: {
    sendVisitReminders: { collection: 'reminder_log', run: sendVisitReminders },
  },
  repair: {
    repairDerivedFields: { collection: 'demands', run: repairDerivedFields },
  },
};

/** How long a run works before it stops between batches (the cron function's timeout is 60 s). */
export const RUN_BUDGET_MS = 40_000;

/**
 * Run every job of a trigger within one time budget; each is idempotent, so a timer that fires
 * twice changes nothing the second time, and each leaves what it could not finish for the next run.
 */
export const runScheduledJobs = async (db: Database, now: Date, trigger: string, messages: SubscribeMessageSender, budgetMs = RUN_BUDGET_MS): Promise<JobReport> => {
  const report: JobReport = { trigger, jobs: {} };
  const deadline = Date.now() + budgetMs;
  const run: JobRun = { db, now, messages, timeUp: () => Date.now() >= deadline };
  for (const [name, job] of Object.entries(JOBS_BY_TRIGGER[trigger] ?? {})) {
    const started = Date.now();
    const { changed, done } = await job.run(run);
    report.jobs[name] = { changed, ms: Date.now() - started, done };
    if (changed > 0) {
      await auditRepo.append(db, { at: now, actorId: 'cron', actorRole: 'system', action: `cron.${name}`, collection: job.collection, recordId: '*', summary: `定时任务 ${name} 处理 ${changed} 条${done ? '' : '（未完，下次继续）'}`, outcome: 'ok' });
    }
  }
  return report;
};
