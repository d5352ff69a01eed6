/**
 * One demand's life, written the way the app writes it: every step is checked against the demand
 * machine (src/core/demand/demand.machine.ts) and applied as applyStep applies it (patch, status,
 * version + 1, updatedAt, a timeline event; the router's audit entry for a person's step); between
 * steps the hourly timer's supervision and auto-close (a system step, no audit of its own) happen
 * at the runs where the jobs would have found the demand due.
 */
import { checkStep, STEP_RULES, stepFactsOf, type DemandStep } from '../../../src/core/demand/demand.machine';
import { AUTO_CLOSE_WORKING_DAYS, currentDue, STAGE_LABELS } from '../../../src/core/demand/demand.deadlines';
import type { DemandStatus } from '../../../src/core/demand/demand.model';
import type { Role } from '../../../src/core/roles';
import type { AuditDoc, DemandDoc } from '../../../server/db/documents';
import { SYSTEM } from '../../../server/db/demand-timeline';
import type { Clock } from './clock';
import type { CronTally } from './cron-tally';

export interface Actor {
  _id: string;
  name: string;
  role: Role;
}

export interface StepPlan {
  patch?: Partial<DemandDoc>;
  /** Fields the step clears (db.command.remove()). */
  remove?: Array<keyof DemandDoc>;
  /** Only for `rate`. */
  status?: DemandStatus;
  kind: string;
  text: string;
  /** Written with the submission itself (代提 dispatches at once): no version or audit entry of its own. */
  withSubmission?: boolean;
}

/** As server/jobs/supervise-demands.job.ts: the second missed deadline escalates (督办). */
const ESCALATE_AFTER_MISSES = 2;
const BY_SYSTEM = { actorId: SYSTEM._id, actorName: SYSTEM.name, actorRole: SYSTEM.role };

export class DemandLife {
  /** When the demand last changed: a run before it saw the demand in an earlier state. */
  private lastAt: number;

  constructor(
    readonly doc: DemandDoc,
    private readonly clock: Clock,
    private readonly audit: (entry: Omit<AuditDoc, '_id'>) => void,
    private readonly tally: CronTally,
  ) {
    this.lastAt = doc.createdAt.getTime();
  }

  get status(): DemandStatus {
    return this.doc.status;
  }

  /** The hourly supervision run that finds the running deadline missed, if one falls before `until`. */
  private supervise(until: number): void {
    const d = this.doc;
    const due = currentDue(d);
    if (!due) return;
    // The first run that finds this deadline missed, in this state (a step may start a state already late).
    const run = this.clock.tickAfter(Math.max(due.dueAt.getTime(), this.lastAt));
    if (run >= until || run > this.clock.lastTick) return;
    const key = `${due.stage}@${due.dueAt.toISOString()}`;
    if (d.missedKeys?.includes(key)) return;
    const escalate = (d.missedKeys?.length ?? 0) + 1 >= ESCALATE_AFTER_MISSES && !d.escalatedAt;
    d.overdueStage = due.stage;
    d.missedKeys = [...(d.missedKeys ?? []), key];
    if (escalate) d.escalatedAt = new Date(run);
    const text = escalate ? `${STAGE_LABELS[due.stage]}再次逾期，已督办至属地单位和区科经委` : `${STAGE_LABELS[due.stage]}已逾期，已提醒责任方`;
    d.timeline.push({ at: new Date(run), ...BY_SYSTEM, kind: escalate ? 'escalated' : 'overdue', text });
    this.tally.add('superviseDemands', run);
  }

  step(step: DemandStep, at: number, actor: Actor, plan: StepPlan): void {
    this.supervise(at);
    const d = this.doc;
    const refusal = checkStep(step, d.status, actor.role, stepFactsOf(d));
    if (refusal) throw new Error(`scale generator: ${step} refused (${refusal}) for ${d._id} in ${d.status}`);
    const rule = STEP_RULES[step].to;
    const status = rule === 'same' ? d.status : rule === 'by-rating' ? plan.status! : rule;
    const title = d.title;
    Object.assign(d, plan.patch);
    for (const field of plan.remove ?? []) delete d[field];
    d.status = status;
    d.updatedAt = new Date(at);
    if (!plan.withSubmission) d.version += 1;
    this.lastAt = at;
    d.timeline.push({ at: new Date(at), actorId: actor._id, actorName: actor.name, actorRole: actor.role, kind: plan.kind, text: plan.text });
    if (!plan.withSubmission) this.audit({ at: new Date(at + 20), actorId: actor._id, actorRole: actor.role, action: `demand.${step}`, collection: 'demands', recordId: d._id, summary: `「${title}」${plan.text}` });
  }

  /** The auto-close job's run after an unrated resolution's deadline; false if it is still ahead. */
  autoCloseBefore(until: number): boolean {
    const d = this.doc;
    if (d.status !== 'resolved' || !d.autoCloseAt) return false;
    const run = this.clock.tickAfter(d.autoCloseAt.getTime());
    if (run >= until || run > this.clock.lastTick) return false;
    Object.assign(d, { status: 'closed', closedAt: new Date(run), closeReason: 'auto', updatedAt: new Date(run) });
    d.version += 1;
    d.timeline.push({ at: new Date(run), ...BY_SYSTEM, kind: 'auto_closed', text: `企业在 ${AUTO_CLOSE_WORKING_DAYS} 个工作日内未评价，系统自动关闭（不计为满意）` });
    this.tally.add('autoCloseDemands', run);
    return true;
  }

  /** Bring supervision and auto-close up to the latest hourly run before now. */
  finish(): DemandDoc {
    this.supervise(this.clock.lastTick + 1);
    this.autoCloseBefore(this.clock.lastTick + 1);
    return this.doc;
  }
}
