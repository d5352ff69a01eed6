import type { Database } from '../runtime/cloud-types';
import { auditRepo } from '../db/audit.repo';
import type { CollectionName } from '../db/collections';
import type { SubscribeMessageSender } from '../notify/notifier';
import { autoCloseDemands } from './auto-close-demands.job';
import { escalateHandoverTasks } from './escalate-handover-tasks.job';
import { enterpriseRepo } from '../db/enterprise.repo';
import { messageRepo } from '../db/message.repo';
import { remindMaterials } from './materials-wait.job';
import { recalendarDemands } from './recalendar.job';
import { continueSnapshot, takeSnapshot } from './figure-snapshot.job';
import { refreshFigures } from './refresh-figures.job';
import { repairFigures } from './repair-figures.job';
import { superviseDemands } from './supervise-demands.job';
import { sendVisitReminders } from './visit-reminders.job';
import { superviseTraining } from './supervise-training.job';
import { superviseIntegrity } from './supervise-integrity.job';
import { remindResearchVisits } from './research-reminders.job';
import { pushPolicies } from './push-policies.job';

export interface JobReport {
  trigger: string;
  jobs: Record<string, { changed: number; ms: number }>;
}

type Job = { collection: CollectionName; run: (db: Database, now: Date, messages: SubscribeMessageSender) => Promise<number> };

/** Enterprises given their stored cadence due date per hourly run (each one query, one write). */
const CADENCE_BACKFILL_BATCH = 200;

/** Jobs per timer trigger (cloudfunctions/cron/config.json). */
const JOBS_BY_TRIGGER: Record<string, Record<string, Job>> = {
  hourly: {
    superviseDemands: { collection: 'demands', run: superviseDemands },
    autoCloseDemands: { collection: 'demands', run: autoCloseDemands },
    remindMaterials: { collection: 'demands', run: remindMaterials },
    recalendarDemands: { collection: 'demands', run: (db, now, messages) => recalendarDemands(db, now, messages) },
    escalateHandoverTasks: { collection: 'handover_tasks', run: escalateHandoverTasks },
    purgeExpiredMessages: { collection: 'messages', run: (db, now) => messageRepo.purgeExpired(db, now) },
    // After the demand jobs above, whose writes already counted themselves in the figures.
    refreshFigures: { collection: 'figure_rollups', run: refreshFigures },
    continueSnapshot: { collection: 'figure_snapshots', run: continueSnapshot },
    repairFigures: { collection: 'figure_rollups', run: repairFigures },
    // Enterprises written before the cadence due date was stored get it, a batch an hour.
    storeCadenceDue: { collection: 'enterprises', run: (db) => enterpriseRepo.storeMissingCadenceDue(db, CADENCE_BACKFILL_BATCH) },
    superviseTraining: { collection: 'training_records', run: superviseTraining },
    superviseIntegrity: { collection: 'integrity_reports', run: superviseIntegrity },
    pushPolicies: { collection: 'policies', run: pushPolicies },
  },
  morning: {
    sendVisitReminders: { collection: 'reminder_log', run: sendVisitReminders },
    remindResearchVisits: { collection: 'research_visits', run: remindResearchVisits },
    takeSnapshot: { collection: 'figure_snapshots', run: takeSnapshot },
  },
};

/** Run every job; each is idempotent, so a timer that fires twice changes nothing the second time. */
export const runScheduledJobs = async (db: Database, now: Date, trigger: string, messages: SubscribeMessageSender): Promise<JobReport> => {
  const report: JobReport = { trigger, jobs: {} };
  for (const [name, job] of Object.entries(JOBS_BY_TRIGGER[trigger] ?? {})) {
    const started = Date.now();
    const changed = await job.run(db, now, messages);
    report.jobs[name] = { changed, ms: Date.now() - started };
    if (changed > 0) {
      await auditRepo.append(db, { at: now, actorId: 'cron', actorRole: 'system', action: `cron.${name}`, collection: job.collection, recordId: '*', summary: `定时任务 ${name} 处理 ${changed} 条`, outcome: 'ok' });
    }
  }
  return report;
};
