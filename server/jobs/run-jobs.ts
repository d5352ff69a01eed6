import type { Database } from '../runtime/cloud-types';
import { auditRepo } from '../db/audit.repo';
import type { CollectionName } from '../db/collections';
import type { SubscribeMessageSender } from '../notify/notifier';
import { autoCloseDemands } from './auto-close-demands.job';
import { escalateHandoverTasks } from './escalate-handover-tasks.job';
import { enterpriseRepo } from '../db/enterprise.repo';
import { recountAllStaffing } from '../db/staffing.query';
import { demandTallyRepo } from '../db/demand-tally.repo';
import { indexEnterpriseNames } from './index-enterprise-names.job';
import { messageRepo } from '../db/message.repo';
import { remindMaterials } from './materials-wait.job';
import { recalendarDemands } from './recalendar.job';
import { continueSnapshot, takeSnapshot } from './figure-snapshot.job';
import { refreshFigures } from './refresh-figures.job';
import { repairFigures } from './repair-figures.job';
import { keepStewardRankings } from './keep-steward-rankings.job';
import { superviseDemands } from './supervise-demands.job';
import { repairDerivedFields } from './repair-derived-fields.job';
import { sendVisitReminders } from './visit-reminders.job';
import { superviseTraining } from './supervise-training.job';
import { superviseIntegrity } from './supervise-integrity.job';
import { remindResearchVisits } from './research-reminders.job';
import { pushPolicies } from './push-policies.job';
import { superviseRectification } from './supervise-rectification.job';
import { drawWeeklySpotChecks } from './draw-spot-checks.job';
import { superviseSummaries } from './supervise-summaries.job';
import { generateBulletin } from './generate-bulletin.job';
import { continueAssessments } from '../assessment/assessment-run';
import type { JobResult, JobRun } from './job-run';

export interface JobReport {
  trigger: string;
  /** Per job: what it changed, how long it took, and whether it finished all that was due. */
  jobs: Record<string, { changed: number; ms: number; done: boolean }>;
}

type Job = { collection: CollectionName; run: (run: JobRun) => Promise<JobResult> };

/** A job that does its whole work in one short call. */
const whole = (work: (run: JobRun) => Promise<number>) => async (run: JobRun): Promise<JobResult> => ({ changed: await work(run), done: true });

/**
 * A job that keeps its own place (a saved cursor or a queue) and stops early when the run's time
 * is up; when it is, the job may have work left for the next run.
 */
const bounded = (work: (run: JobRun) => Promise<number>) => async (run: JobRun): Promise<JobResult> => ({ changed: await work(run), done: !run.timeUp() });

const purgeMessages = async ({ db, now, timeUp }: JobRun): Promise<JobResult> => {
  const { removed, done } = await messageRepo.purgeExpired(db, now, timeUp);
  return { changed: removed, done };
};

/** How long the morning run spends on a snapshot the night's run did not finish. */
const MORNING_SNAPSHOT_MS = 4_000;

/** A run's time-up check that also stops `ms` after its first call. */
const shortly = (timeUp: () => boolean, ms: number): (() => boolean) => {
  const until = Date.now() + ms;
  return () => timeUp() || Date.now() >= until;
};

const takeSnapshotShortly = async ({ db, now, timeUp }: JobRun): Promise<JobResult> => {
  const stop = shortly(timeUp, MORNING_SNAPSHOT_MS);
  const changed = await takeSnapshot(db, now, stop);
  return { changed, done: !stop() };
};

/**
 * How long an hourly run spends on the steward rankings (42 units, three periods each): at ten
 * times Pudong's size a pass may not fit, and the jobs after it must still run; the next hour
 * continues from the saved unit.
 */
const HOURLY_RANKINGS_MS = 5_000;

const keepStewardRankingsShortly = async (run: JobRun): Promise<JobResult> => keepStewardRankings({ ...run, timeUp: shortly(run.timeUp, HOURLY_RANKINGS_MS) });

/** Enterprises given their stored cadence due date per hourly run (each one query, one write). */
const CADENCE_BACKFILL_BATCH = 200;

/** Jobs per timer trigger (cloudfunctions/cron/config.json). */
const JOBS_BY_TRIGGER: Record<string, Record<string, Job>> = {
  hourly: {
    superviseDemands: { collection: 'demands', run: superviseDemands },
    autoCloseDemands: { collection: 'demands', run: autoCloseDemands },
    // Each a tracked write of the demand (its stored deadline and figures move with it).
    remindMaterials: { collection: 'demands', run: whole(({ db, now, messages }) => remindMaterials(db, now, messages)) },
    recalendarDemands: { collection: 'demands', run: whole(({ db, now, messages }) => recalendarDemands(db, now, messages)) },
    escalateHandoverTasks: { collection: 'handover_tasks', run: whole(({ db, now, messages }) => escalateHandoverTasks(db, now, messages)) },
    purgeExpiredMessages: { collection: 'messages', run: purgeMessages },
    // After the demand jobs above, whose writes already counted themselves in the figures.
    refreshFigures: { collection: 'figure_rollups', run: bounded(({ db, now, timeUp }) => refreshFigures(db, now, timeUp)) },
    continueSnapshot: { collection: 'figure_snapshots', run: bounded(({ db, now, timeUp }) => continueSnapshot(db, now, timeUp)) },
    repairFigures: { collection: 'figure_rollups', run: bounded(({ db, now, timeUp }) => repairFigures(db, now, timeUp)) },
    // Each unit's steward rankings of the current month, quarter and year, from the figures just brought up to date.
    keepStewardRankings: { collection: 'steward_rankings', run: keepStewardRankingsShortly },
    // Enterprises written before the cadence due date was stored get it, a batch an hour (the
    // nightly repairDerivedFields also puts right stored ones that are out of step).
    storeCadenceDue: { collection: 'enterprises', run: whole(({ db }) => enterpriseRepo.storeMissingCadenceDue(db, CADENCE_BACKFILL_BATCH)) },
    // The name index for enterprises stored before it (nothing once it is built).
    indexEnterpriseNames: { collection: 'enterprise_names', run: indexEnterpriseNames },
    // Each unit's staffing figures counted again (each staffing write keeps them; this repairs a write whose recount failed).
    recountStaffing: { collection: 'units', run: whole(({ db }) => recountAllStaffing(db)) },
    // The district's open demands by status counted again (each status change keeps the tally; this repairs one whose recount failed).
    recountOpenDemands: { collection: 'demand_tallies', run: whole(async ({ db }) => Number(await demandTallyRepo.recount(db))) },
    superviseTraining: { collection: 'training_records', run: whole(({ db, now, messages }) => superviseTraining(db, now, messages)) },
    superviseIntegrity: { collection: 'integrity_reports', run: whole(({ db, now, messages }) => superviseIntegrity(db, now, messages)) },
    pushPolicies: { collection: 'policies', run: bounded(({ db, now, messages, deadline }) => pushPolicies(db, now, messages, deadline)) },
    superviseRectification: { collection: 'rectification_plans', run: whole(({ db, now, messages }) => superviseRectification(db, now, messages)) },
    superviseSummaries: { collection: 'summary_rounds', run: whole(({ db, now, messages }) => superviseSummaries(db, now, messages)) },
    // A retry on the bulletin's day if the morning run failed (nothing once it exists).
    generateBulletin: { collection: 'bulletins', run: whole(({ db, now, messages }) => generateBulletin(db, now, messages)) },
    // A year's assessment the district started and left unfinished is worked on here.
    continueAssessments: { collection: 'assessment_results', run: whole(({ db, now }) => continueAssessments(db, now)) },
  },
  morning: {
    sendVisitReminders: { collection: 'reminder_log', run: sendVisitReminders },
    remindResearchVisits: { collection: 'research_visits', run: whole(({ db, now, messages }) => remindResearchVisits(db, now, messages)) },
    // The night's run takes the day's snapshot; here only what it left (or all of it, if it did not
    // run), for a few seconds so the reminders' run stays short; the hourly timer finishes the rest.
    takeSnapshot: { collection: 'figure_snapshots', run: takeSnapshotShortly },
    // The weekly spot check, on the first working morning of the week (once: keyed by the week).
    drawSpotChecks: { collection: 'spot_check_items', run: whole(({ db, now }) => drawWeeklySpotChecks(db, now)) },
    // The first working day's bulletin for the month before (its figures are complete by then).
    generateBulletin: { collection: 'bulletins', run: whole(({ db, now, messages }) => generateBulletin(db, now, messages)) },
  },
  repair: {
    // At 02:00 the day's stock snapshot, whole (it reads every active enterprise and open demand),
    // first: the day's figures must not wait for the repair walk, which at ten times Pudong's size
    // can fill the run by itself and would leave the snapshot to the morning run.
    takeSnapshot: { collection: 'figure_snapshots', run: bounded(({ db, now, timeUp }) => takeSnapshot(db, now, timeUp)) },
    // Then the walk over every document with derived fields, resumed night after night from its cursor.
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
  const run: JobRun = { db, now, messages, deadline, timeUp: () => Date.now() >= deadline };
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
