import type { Role } from '../roles';
import { OPEN_DEMAND_STATUSES, type DemandStatus } from './demand.model';

/**
 * The demand lifecycle as data: every step, from which states, by whom, to which state, and
 * what must have happened first. The cloud function refuses anything not listed here; the app
 * reads the same table to decide which buttons to show.
 */
export type DemandStep =
  | 'revise'
  | 'withdraw'
  | 'comment'
  | 'return'
  | 'dispatch'
  | 'accept'
  | 'recordContact'
  | 'progress'
  | 'requestMaterials'
  | 'supplyMaterials'
  | 'extend'
  | 'returnMisrouted'
  | 'reassign'
  | 'resolve'
  | 'rate'
  | 'callback'
  | 'rectify'
  | 'orderRectification'
  | 'closeUnresolved'
  | 'autoClose'
  | 'recalendar';

/** Who performs a step: a role, or the enterprise / steward / department the demand belongs to. */
export type StepActor = 'enterprise' | 'steward' | 'department' | 'district_admin' | 'system';

export type StepRefusal = 'wrong_state' | 'wrong_actor' | 'already_done' | 'callback_first' | 'materials_pending' | 'not_on_behalf';

/** What has already happened to a demand, for steps that depend on more than its state. */
export interface StepFacts {
  /** The steward has called the enterprise back on its bad review. */
  calledBack?: boolean;
  /** The steward submitted it on the enterprise's behalf (代提). */
  onBehalf?: boolean;
  /** The enterprise let the limit for its materials pass: the department may resolve with what it has. */
  materialsLapsed?: boolean;
}

/** A fact a step needs (or must not have), in all of the step's states or only in some. */
export interface StepGuard {
  fact: keyof StepFacts;
  is: boolean;
  in?: readonly DemandStatus[];
  refusal: StepRefusal;
}

export interface StepRule {
  from: readonly DemandStatus[];
  /** The state after the step; 'same' keeps it. `rate` decides by the rating (see rateOutcome). */
  to: DemandStatus | 'same' | 'by-rating';
  actor: StepActor;
  guards?: readonly StepGuard[];
}

/** Every state a demand can still move out of. */
const OPEN: readonly DemandStatus[] = OPEN_DEMAND_STATUSES;

export const STEP_RULES: Record<DemandStep, StepRule> = {
  revise: { from: ['returned'], to: 'submitted', actor: 'enterprise' },
  withdraw: { from: ['submitted', 'returned', 'dispatched', 'accepted', 'waiting_enterprise', 'rerouting'], to: 'withdrawn', actor: 'enterprise' },
  // A demand the steward wrote for the enterprise: the enterprise may add its own words to it.
  comment: { from: OPEN, to: 'same', actor: 'enterprise', guards: [{ fact: 'onBehalf', is: true, refusal: 'not_on_behalf' }] },
  return: { from: ['submitted'], to: 'returned', actor: 'steward' },
  dispatch: { from: ['submitted'], to: 'dispatched', actor: 'steward' },
  accept: { from: ['dispatched'], to: 'accepted', actor: 'department' },
  recordContact: { from: ['accepted'], to: 'same', actor: 'department' },
  progress: { from: ['accepted', 'waiting_enterprise', 'rectifying'], to: 'same', actor: 'department' },
  requestMaterials: { from: ['accepted'], to: 'waiting_enterprise', actor: 'department' },
  supplyMaterials: { from: ['waiting_enterprise'], to: 'accepted', actor: 'enterprise' },
  extend: { from: ['accepted', 'waiting_enterprise'], to: 'same', actor: 'department' },
  returnMisrouted: { from: ['dispatched', 'accepted'], to: 'rerouting', actor: 'department' },
  reassign: { from: ['rerouting'], to: 'dispatched', actor: 'district_admin' },
  // While waiting on the enterprise, only once its time for the materials has run out.
  resolve: { from: ['accepted', 'waiting_enterprise'], to: 'resolved', actor: 'department', guards: [{ fact: 'materialsLapsed', is: true, in: ['waiting_enterprise'], refusal: 'materials_pending' }] },
  rate: { from: ['resolved'], to: 'by-rating', actor: 'enterprise' },
  // The steward calls back once per bad review, and the department rectifies only after that call.
  callback: { from: ['rectifying'], to: 'same', actor: 'steward', guards: [{ fact: 'calledBack', is: false, refusal: 'already_done' }] },
  rectify: { from: ['rectifying'], to: 'resolved', actor: 'department', guards: [{ fact: 'calledBack', is: true, refusal: 'callback_first' }] },
  // A bad review after rectification goes to the district: rectify again by a named department, or close as unresolved.
  orderRectification: { from: ['district_review'], to: 'rectifying', actor: 'district_admin' },
  closeUnresolved: { from: ['district_review'], to: 'closed', actor: 'district_admin' },
  autoClose: { from: ['resolved'], to: 'closed', actor: 'system' },
  // The working-day calendar changed: the running deadlines are computed again.
  recalendar: { from: OPEN, to: 'same', actor: 'system' },
};

export const DEMAND_STEPS = Object.keys(STEP_RULES) as DemandStep[];

/** The one role that may act as each kind of actor. */
export const ACTOR_ROLE: Record<Exclude<StepActor, 'system'>, Role> = {
  enterprise: 'enterprise',
  steward: 'steward',
  department: 'department',
  district_admin: 'district_admin',
};

/** The facts of a stored demand (the server's document or anything shaped like it). */
export const stepFactsOf = (d: { callbackAt?: unknown; onBehalf?: boolean; materialsLapsedAt?: unknown }): StepFacts => ({
  calledBack: !!d.callbackAt,
  onBehalf: !!d.onBehalf,
  materialsLapsed: !!d.materialsLapsedAt,
});

export const checkStep = (step: DemandStep, status: DemandStatus, actorRole: Role | 'system', facts: StepFacts = {}): StepRefusal | null => {
  const rule = STEP_RULES[step];
  const expected = rule.actor === 'system' ? 'system' : ACTOR_ROLE[rule.actor];
  if (actorRole !== expected) return 'wrong_actor';
  if (!rule.from.includes(status)) return 'wrong_state';
  const failed = rule.guards?.find((g) => (!g.in || g.in.includes(status)) && !!facts[g.fact] !== g.is);
  return failed ? failed.refusal : null;
};

/** Refusals that mean “not yet”: the step opens once someone else has acted or a limit has passed. */
export const WAITING_REFUSALS: Partial<Record<StepRefusal, string>> = {
  callback_first: '服务管家回访企业后才能整改，请等待回访记录',
  materials_pending: '企业补充材料的期限（10 个工作日）未到，暂不能按现有材料办结',
};

/** What a role will be able to do once something happens, in words (shown beside its buttons). */
export const waitingSteps = (status: DemandStatus, role: Role, facts: StepFacts = {}): string[] =>
  DEMAND_STEPS.map((step) => WAITING_REFUSALS[checkStep(step, status, role, facts) as StepRefusal]).filter((m): m is string => !!m);

/** Steps a role may take on a demand in a given state (for the app's buttons). */
export const availableSteps = (status: DemandStatus, role: Role, facts: StepFacts = {}): DemandStep[] =>
  DEMAND_STEPS.filter((step) => checkStep(step, status, role, facts) === null);

/**
 * After a rating: a good one closes the demand; the first bad one opens the call-back and
 * rectification loop; a bad one after rectification goes to the district to decide.
 */
export const rateOutcome = (badReview: boolean, ratingsBefore: number): DemandStatus =>
  !badReview ? 'closed' : ratingsBefore === 0 ? 'rectifying' : 'district_review';
