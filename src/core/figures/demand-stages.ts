import { CALLBACK_WORKING_DAYS, DECIDE_WORKING_DAYS, RECTIFY_WORKING_DAYS, RESOLVE_WORKING_DAYS, REROUTE_WORKING_DAYS, deadlineAfterPause, workingDaysBetween, type Complexity } from '../demand/demand.deadlines';
import { FIRST_CONTACT_WORKING_DAYS, REVIEW_WORKING_DAYS } from '../demand/demand.rules';
import { shanghaiDate } from '../time/shanghai';
import { workingDayDeadline, type CalendarOverrides } from '../time/working-days';
import type { DemandStageKey } from './counters';
import type { Instant } from './timed-outcome';

/**
 * The demand's timed stages as data, read from its timeline (the event log every step appends
 * to). Each stage instance starts at an event, ends at the first completing or cancelling event,
 * and is due N working days after its start, the same deadlines the steps set.
 */
interface StageRule {
  label: string;
  starts: readonly string[];
  completes: readonly string[];
  cancels: readonly string[];
  workingDays: (complexity: Complexity) => number;
  /** The resolve clock stops while waiting on the enterprise and moves with extensions. */
  pausable?: boolean;
  /** Contact and resolve belong to the department the demand was dispatched to that time. */
  byDispatch?: boolean;
  /** The steward's and the district's own stages are not counted under any department. */
  noDepartment?: boolean;
}

export const STAGE_RULES: Record<DemandStageKey, StageRule> = {
  review: { label: '管家审核', starts: ['submitted', 'revised'], completes: ['dispatched', 'returned'], cancels: ['withdrawn'], workingDays: () => REVIEW_WORKING_DAYS, noDepartment: true },
  contact: { label: '部门联系企业', starts: ['dispatched', 'reassigned'], completes: ['contacted', 'materials_requested', 'resolved'], cancels: ['returned_by_department', 'withdrawn'], workingDays: () => FIRST_CONTACT_WORKING_DAYS, byDispatch: true },
  resolve: { label: '部门办结', starts: ['dispatched', 'reassigned'], completes: ['resolved'], cancels: ['returned_by_department', 'withdrawn'], workingDays: (c) => RESOLVE_WORKING_DAYS[c], pausable: true, byDispatch: true },
  reroute: { label: '区科经委重新派单', starts: ['returned_by_department'], completes: ['reassigned'], cancels: ['withdrawn'], workingDays: () => REROUTE_WORKING_DAYS, noDepartment: true },
  callback: { label: '管家回访', starts: ['rated_bad'], completes: ['called_back'], cancels: [], workingDays: () => CALLBACK_WORKING_DAYS, noDepartment: true },
  // A second rectification is ordered by the district after a bad review of the first.
  rectify: { label: '部门整改', starts: ['rated_bad', 'rectification_ordered'], completes: ['rectified'], cancels: [], workingDays: () => RECTIFY_WORKING_DAYS },
  decide: { label: '区科经委裁定', starts: ['rated_bad_again'], completes: ['rectification_ordered', 'closed_unresolved'], cancels: [], workingDays: () => DECIDE_WORKING_DAYS, noDepartment: true },
};

export interface StageEventInput {
  at: Instant;
  kind: string;
  /** On `rectification_ordered` that gave the rectification to another department: the one it was taken from. */
  fromDepartmentId?: string;
}

export interface ExtensionInput {
  at: Instant;
  newDueAt: Instant;
}

export interface StageInstance {
  stage: DemandStageKey;
  startAt: Date;
  /** The deadline as it stands (after pauses and extensions). */
  dueAt: Date;
  /** The department answering for the stage: that dispatch's, or the one holding the demand then; '' for stages no department answers for; absent for the current department. */
  departmentId?: string;
  doneAt?: Date;
  cancelledAt?: Date;
  /** The day lateness was decided: the deadline passed before it was done (or while it was still open). */
  lateOn?: string;
  /** Set while the clock is stopped, waiting on the enterprise's materials. */
  pausedAt?: Date;
}

const PAUSE = 'materials_requested';
const RESUME = 'materials_supplied';

type StreamEvent = { at: Date; kind: string; newDueAt?: Date };

/** Timeline events and extensions in time order; the timeline's own order breaks ties. */
const eventStream = (timeline: readonly StageEventInput[], extensions: readonly ExtensionInput[]): StreamEvent[] =>
  [...timeline.map((e, i): StreamEvent & { i: number } => ({ at: new Date(e.at), kind: e.kind, i })), ...extensions.map((x, i) => ({ at: new Date(x.at), kind: 'extended', newDueAt: new Date(x.newDueAt), i: timeline.length + i }))]
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.i - b.i)
    .map(({ at, kind, newDueAt }) => ({ at, kind, newDueAt }));

/** Lateness is decided the moment a running, unpaused deadline has passed. */
const settleLate = (s: StageInstance, at: Date) => {
  if (!s.lateOn && !s.pausedAt && s.dueAt.getTime() < at.getTime()) s.lateOn = shanghaiDate(s.dueAt);
};

export interface StageInput {
  timeline: readonly StageEventInput[];
  extensions?: readonly ExtensionInput[];
  complexity?: Complexity;
  /** Departments that returned the demand, in order; the current one handles the last dispatch. */
  returnedBy?: readonly string[];
  departmentId?: string;
}

/**
 * The department that held the demand at an instant: the current one, unless the district later
 * gave the rectification to another department — then the one it was taken from.
 */
const departmentAt = (d: StageInput): ((at: Date) => string | undefined) => {
  const moves = d.timeline.filter((e) => e.kind === 'rectification_ordered' && e.fromDepartmentId).map((e) => ({ at: new Date(e.at).getTime(), from: e.fromDepartmentId! }));
  return (at) => moves.find((m) => m.at > at.getTime())?.from ?? d.departmentId;
};

/** Every stage instance of a demand, as of `now`. */
export const stageInstances = (d: StageInput, overrides: CalendarOverrides, now: Date): StageInstance[] => {
  const events = eventStream(d.timeline, d.extensions ?? []);
  const heldBy = departmentAt(d);
  const out: StageInstance[] = [];
  for (const stage of Object.keys(STAGE_RULES) as DemandStageKey[]) {
    const rule = STAGE_RULES[stage];
    let open: StageInstance | null = null;
    let dispatches = 0;
    for (const e of events) {
      if (open) settleLate(open, e.at);
      if (open && rule.completes.includes(e.kind)) {
        open.doneAt = e.at;
        open = null;
      } else if (open && rule.cancels.includes(e.kind)) {
        open.cancelledAt = e.at;
        open = null;
      } else if (open && rule.pausable && e.kind === PAUSE) {
        open.pausedAt = e.at;
      } else if (open && rule.pausable && e.kind === RESUME && open.pausedAt) {
        open.dueAt = deadlineAfterPause(open.dueAt, open.pausedAt, e.at, overrides);
        delete open.pausedAt;
      } else if (open && rule.pausable && e.kind === 'extended' && e.newDueAt) {
        open.dueAt = e.newDueAt;
      }
      if (rule.starts.includes(e.kind)) {
        if (open) open.cancelledAt = e.at;
        const held = heldBy(e.at);
        const departmentId = rule.byDispatch ? (d.returnedBy?.[dispatches] ?? held ?? '') : rule.noDepartment ? '' : held !== d.departmentId ? held : undefined;
        if (rule.byDispatch) dispatches++;
        open = { stage, startAt: e.at, dueAt: workingDayDeadline(e.at, rule.workingDays(d.complexity ?? 'simple'), overrides), ...(departmentId !== undefined ? { departmentId } : {}) };
        out.push(open);
      }
    }
    if (open) settleLate(open, now);
  }
  return out;
};

/** The earliest future instant at which an open stage turns late: the demand's facts change then without any write. */
export const nextLateAt = (instances: readonly StageInstance[], now: Date): Date | undefined =>
  instances
    .filter((s) => !s.doneAt && !s.cancelledAt && !s.pausedAt && !s.lateOn && s.dueAt.getTime() >= now.getTime())
    .map((s) => s.dueAt)
    .sort((a, b) => a.getTime() - b.getTime())[0];

/** Working days the demand spent waiting on the enterprise before an instant (the paused clock). */
export const pausedWorkingDays = (timeline: readonly StageEventInput[], until: Date, overrides: CalendarOverrides): number => {
  let total = 0;
  let since: Date | undefined;
  for (const e of eventStream(timeline, [])) {
    if (e.at.getTime() > until.getTime()) break;
    if (e.kind === PAUSE) since = e.at;
    if (e.kind === RESUME && since) {
      total += workingDaysBetween(since, e.at, overrides);
      since = undefined;
    }
  }
  return total;
};
