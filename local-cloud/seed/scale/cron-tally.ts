/**
 * What the hourly timer changed at each run, so the generator can write the audit entry each run
 * with changes leaves (server/jobs/run-jobs.ts: one `cron.<job>` entry per job and run).
 */
import type { AuditDoc } from '../../../server/db/documents';

const COLLECTION_OF = { superviseDemands: 'demands', autoCloseDemands: 'demands', escalateHandoverTasks: 'handover_tasks' } as const;
type Job = keyof typeof COLLECTION_OF;

export class CronTally {
  private readonly runs = new Map<Job, Map<number, number>>();

  add(job: Job, run: number): void {
    let byRun = this.runs.get(job);
    if (!byRun) this.runs.set(job, (byRun = new Map()));
    byRun.set(run, (byRun.get(run) ?? 0) + 1);
  }

  auditEntries(): Array<Omit<AuditDoc, '_id'>> {
    const out: Array<Omit<AuditDoc, '_id'>> = [];
    for (const job of Object.keys(COLLECTION_OF) as Job[]) {
      for (const [run, changed] of this.runs.get(job) ?? []) {
        out.push({ at: new Date(run + 50), actorId: 'cron', actorRole: 'system', action: `cron.${job}`, collection: COLLECTION_OF[job], recordId: '*', summary: `定时任务 ${job} 处理 ${changed} 条` });
      }
    }
    return out;
  }
}
