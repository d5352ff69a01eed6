import { endOfShanghaiDay, shanghaiDate } from '../time/shanghai';
import { nthWorkingDayAfter, workingDayDeadline, workingDaysAfterUntil, type CalendarOverrides } from '../time/working-days';
import type { DemandStatus } from './demand.model';

export type Complexity = 'simple' | 'complex';

/** "1515": review 1, first contact 1, resolve 5 (simple) or 15 (complex) working days. */
export const RESOLVE_WORKING_DAYS: Record<Complexity, number> = { simple: 5, complex: 15 };
export const CALLBACK_WORKING_DAYS = 1;
export const RECTIFY_WORKING_DAYS = 15;
export const REROUTE_WORKING_DAYS = 1;
/** A resolved demand the enterprise has not rated closes by itself after this many working days. */
export const AUTO_CLOSE_WORKING_DAYS = 10;
/**
 * A bad review after rectification goes to the district, which decides within this many working
 * days (the guideline is silent; a default like re-routing's, longer because the district looks
 * into the case first).
 */
export const DECIDE_WORKING_DAYS = 3;

/**
 * Waiting for the enterprise's materials (DOMAIN.md): after 3 working days the enterprise is
 * reminded, after 5 the steward follows up, after 10 the department may resolve with what it has.
 */
export const MATERIALS_MILESTONES = [
  { key: 'remindEnterprise', workingDays: 3 },
  { key: 'stewardFollowUp', workingDays: 5 },
  { key: 'mayResolve', workingDays: 10 },
] as const;
export type MaterialsMilestone = (typeof MATERIALS_MILESTONES)[number]['key'];

/** When a milestone of the wait that began at `requestedAt` passes. */
export const materialsMilestoneAt = (requestedAt: Date, milestone: MaterialsMilestone, overrides: CalendarOverrides = {}): Date =>
  workingDayDeadline(requestedAt, MATERIALS_MILESTONES.find((m) => m.key === milestone)!.workingDays, overrides);

/** The milestones of a wait that have passed by `now`, from `next` on (in order), and the one still ahead. */
export const passedMaterialsMilestones = (requestedAt: Date, next: MaterialsMilestone, now: Date, overrides: CalendarOverrides = {}) => {
  const from = MATERIALS_MILESTONES.findIndex((m) => m.key === next);
  const passed: MaterialsMilestone[] = [];
  for (const m of MATERIALS_MILESTONES.slice(from)) {
    const at = materialsMilestoneAt(requestedAt, m.key, overrides);
    if (at.getTime() >= now.getTime()) return { passed, ahead: { milestone: m.key, at } };
    passed.push(m.key);
  }
  return { passed, ahead: undefined };
};

/** Working days strictly after `from`'s Shanghai date up to and including `to`'s. */
export const workingDaysBetween = (from: Date, to: Date, overrides: CalendarOverrides = {}): number =>
  workingDaysAfterUntil(shanghaiDate(from), shanghaiDate(to), overrides);

/**
 * The clock stops while a demand waits on the enterprise for materials: on resumption the
 * deadline moves later by the working days spent waiting.
 */
export const deadlineAfterPause = (deadline: Date, pausedAt: Date, resumedAt: Date, overrides: CalendarOverrides = {}): Date => {
  const waited = workingDaysBetween(pausedAt, resumedAt, overrides);
  return waited === 0 ? deadline : endOfShanghaiDay(nthWorkingDayAfter(shanghaiDate(deadline), waited, overrides));
};

export interface DueFields {
  status: DemandStatus;
  reviewDueAt?: Date | string;
  contactDueAt?: Date | string;
  firstContactAt?: Date | string;
  resolveDueAt?: Date | string;
  rerouteDueAt?: Date | string;
  callbackDueAt?: Date | string;
  callbackAt?: Date | string;
  rectifyDueAt?: Date | string;
  decideDueAt?: Date | string;
}

export type DueStage = 'review' | 'contact' | 'resolve' | 'reroute' | 'callback' | 'rectify' | 'decide';
export type Responsible = 'steward' | 'department' | 'district_admin';

export const STAGE_LABELS: Record<DueStage, string> = {
  review: '管家审核', contact: '部门联系企业', resolve: '部门办结', reroute: '区科经委重新派单', callback: '管家回访', rectify: '部门整改', decide: '区科经委裁定',
};

/** The deadline that currently runs for a demand, and who must meet it (none while paused or done). */
export const currentDue = (d: DueFields): { stage: DueStage; dueAt: Date; responsible: Responsible } | null => {
  const due = (stage: DueStage, at: Date | string | undefined, responsible: Responsible) => (at ? { stage, dueAt: new Date(at), responsible } : null);
  switch (d.status) {
    case 'submitted':
      return due('review', d.reviewDueAt, 'steward');
    case 'dispatched':
      return due('contact', d.contactDueAt, 'department');
    case 'accepted':
      return d.firstContactAt ? due('resolve', d.resolveDueAt, 'department') : due('contact', d.contactDueAt, 'department');
    case 'rerouting':
      return due('reroute', d.rerouteDueAt, 'district_admin');
    case 'rectifying':
      return d.callbackAt ? due('rectify', d.rectifyDueAt, 'department') : due('callback', d.callbackDueAt, 'steward');
    case 'district_review':
      return due('decide', d.decideDueAt, 'district_admin');
    default:
      return null;
  }
};

export const isOverdue = (d: DueFields, now: Date): boolean => {
  const due = currentDue(d);
  return !!due && due.dueAt.getTime() < now.getTime();
};

/** Supervision records each missed deadline once, under this key (stage and due time). */
export const missKey = (due: { stage: DueStage; dueAt: Date }): string => `${due.stage}@${due.dueAt.toISOString()}`;

/**
 * The running deadline as the demand stores it, so lists, counts and the hourly supervision find
 * late demands through an index instead of evaluating `currentDue` on every demand: `dueAt` and
 * `dueStage` while a deadline runs; `superviseAt` (= dueAt) until supervision has recorded that
 * deadline as missed. Absent fields are cleared. Every write that changes what `currentDue` reads
 * stores these again (server/db/demand.repo.ts).
 */
export interface StoredDue {
  dueAt?: Date;
  dueStage?: DueStage;
  superviseAt?: Date;
}

export const storedDue = (d: DueFields & { missedKeys?: string[] }): StoredDue => {
  const due = currentDue(d);
  if (!due) return {};
  return { dueAt: due.dueAt, dueStage: due.stage, ...(d.missedKeys?.includes(missKey(due)) ? {} : { superviseAt: due.dueAt }) };
};
