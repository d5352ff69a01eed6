import { checkStep, STEP_RULES, stepFactsOf, type DemandStep, type StepRefusal } from '../../src/core/demand/demand.machine';
import type { DemandStatus } from '../../src/core/demand/demand.model';
import type { CalendarOverrides } from '../../src/core/time/working-days';
import type { Database } from '../runtime/cloud-types';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { demandRepo, type DemandDoc, type DemandEventDoc } from '../db/demand.repo';
import { demandEvent, type EventActor } from '../db/demand-timeline';
import { writeDemand } from '../db/demand-writes';
import type { Patch } from '../db/repository';
import { userRepo, type UserDoc } from '../db/user.repo';
import { notifyUsers, type Notice, type SubscribeMessageSender } from '../notify/notifier';

export type Audience = 'enterprise' | 'steward' | 'department' | 'district' | 'unit';

export interface StepPlan {
  /** Fields to set (use db.command.remove() to clear one). */
  patch?: Patch<DemandDoc>;
  /** Only for `rate`, whose next state depends on the rating. */
  status?: DemandStatus;
  kind: string;
  /** Plain words for the timeline the enterprise reads. */
  text: string;
  /** Facts the event keeps beyond its words. */
  eventDetail?: Pick<DemandEventDoc, 'fromDepartmentId'>;
  notify?: Array<{ to: Audience; notice: Omit<Notice, 'recordId' | 'page'> }>;
}

export interface StepEnv {
  now: Date;
  calendar: () => Promise<CalendarOverrides>;
}

export type Planner = (demand: DemandDoc, env: StepEnv) => Promise<StepPlan> | StepPlan;

/** A step retried on a fresh read when only the figures' revision moved; a person's conflict is never retried. */
const STEP_ATTEMPTS = 3;

export type StepOutcome = { done: true; status: DemandStatus; version: number; text: string } | { done: false; refusal: StepRefusal | 'conflict' };

/** The people a step's notice goes to; a demand not yet dispatched has no department to tell. */
export const recipients = async (db: Database, d: DemandDoc, to: Audience): Promise<UserDoc[]> => {
  if (to === 'department' && !d.departmentId) return [];
  const filter: Record<Audience, Partial<Record<keyof UserDoc, unknown>>> = {
    enterprise: { role: 'enterprise', enterpriseId: d.enterpriseId },
    steward: { _id: d.stewardId },
    department: { role: 'department', departmentId: d.departmentId },
    district: { role: 'district_admin' },
    unit: { role: 'unit_admin', unitId: d.unitId },
  };
  return userRepo.findActive(db, filter[to]);
};

/**
 * One step of the demand machine, for a person (through runStep) or the system (timer jobs):
 * the machine decides whether this actor may take it from the demand's state, the write is
 * conditional on the version read, the event joins the timeline, and then people are told.
 */
export const applyStep = async (
  db: Database,
  messages: SubscribeMessageSender,
  actor: EventActor,
  seen: DemandDoc,
  step: DemandStep,
  plan: Planner,
  now: Date,
  /** The version the actor saw; a demand that has moved on since is a conflict. */
  seenVersion = seen.version,
): Promise<StepOutcome> => {
  let calendar: CalendarOverrides | undefined;
  const env: StepEnv = { now, calendar: async () => (calendar ??= await calendarOverrideRepo.load(db)) };
  let demand: DemandDoc | null = seen;
  for (let attempt = 1; demand; attempt++) {
    const refusal = checkStep(step, demand.status, actor.role, stepFactsOf(demand));
    if (refusal) return { done: false, refusal };
    if (demand.version !== seenVersion) return { done: false, refusal: 'conflict' };
    const result = await plan(demand, env);
    const rule = STEP_RULES[step].to;
    const status: DemandStatus = rule === 'same' ? demand.status : rule === 'by-rating' ? result.status! : rule;
    const event = { ...demandEvent(actor, result.kind, result.text, now), ...result.eventDetail };
    const written = await writeDemand(db, demand, { patch: { ...result.patch, status, updatedAt: now }, event, bumpVersion: true, condition: { version: demand.version } }, now, await env.calendar());
    if (written) {
      for (const { to, notice } of result.notify ?? []) {
        await notifyUsers(db, messages, await recipients(db, written, to), { ...notice, recordId: demand._id, page: `pages/demand-detail/index?id=${demand._id}` });
      }
      return { done: true, status, version: written.version, text: result.text };
    }
    // Only a timer re-evaluating the demand's figures moved it (same version): take the step on the fresh read.
    demand = attempt < STEP_ATTEMPTS ? await demandRepo.get(db, seen._id) : null;
  }
  return { done: false, refusal: 'conflict' };
};
