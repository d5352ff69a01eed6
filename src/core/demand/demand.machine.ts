import type { Role } from '../roles';
import type { DemandStatus } from './demand.model';

/**
 * The demand lifecycle as data: every step, from which states, by whom, to which state. The
 * cloud function refuses anything not listed here; the app reads the same table to decide which
 * buttons to show.
 */
export type DemandStep =
  | 'revise'
  | 'withdraw'
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
  | 'autoClose';

/** Who performs a step: a role, or the enterprise / steward / department the demand belongs to. */
export type StepActor = 'enterprise' | 'steward' | 'department' | 'district_admin' | 'system';

export interface StepRule {
  from: readonly DemandStatus[];
  /** The state after the step; 'same' keeps it. `rate` decides by the rating (see rateOutcome). */
  to: DemandStatus | 'same' | 'by-rating';
  actor: StepActor;
}

export const STEP_RULES: Record<DemandStep, StepRule> = {
  revise: { from: ['returned'], to: 'submitted', actor: 'enterprise' },
  withdraw: { from: ['submitted', 'returned', 'dispatched', 'accepted', 'waiting_enterprise', 'rerouting'], to: 'withdrawn', actor: 'enterprise' },
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
  resolve: { from: ['accepted'], to: 'resolved', actor: 'department' },
  rate: { from: ['resolved'], to: 'by-rating', actor: 'enterprise' },
  callback: { from: ['rectifying'], to: 'same', actor: 'steward' },
  rectify: { from: ['rectifying'], to: 'resolved', actor: 'department' },
  autoClose: { from: ['resolved'], to: 'closed', actor: 'system' },
};

export const DEMAND_STEPS = Object.keys(STEP_RULES) as DemandStep[];

/** The one role that may act as each kind of actor. */
export const ACTOR_ROLE: Record<Exclude<StepActor, 'system'>, Role> = {
  enterprise: 'enterprise',
  steward: 'steward',
  department: 'department',
  district_admin: 'district_admin',
};

export type StepRefusal = 'wrong_state' | 'wrong_actor' | 'already_done';

/** What has already happened within the current state, for steps that happen once per state. */
export interface StepFacts {
  calledBack?: boolean;
}

export const checkStep = (step: DemandStep, status: DemandStatus, actorRole: Role | 'system', facts: StepFacts = {}): StepRefusal | null => {
  const rule = STEP_RULES[step];
  const expected = rule.actor === 'system' ? 'system' : ACTOR_ROLE[rule.actor];
  if (actorRole !== expected) return 'wrong_actor';
  if (!rule.from.includes(status)) return 'wrong_state';
  // The steward calls back once per bad review; the next bad review opens a new call-back.
  if (step === 'callback' && facts.calledBack) return 'already_done';
  return null;
};

/** Steps a role may take on a demand in a given state (for the app's buttons). */
export const availableSteps = (status: DemandStatus, role: Role, facts: StepFacts = {}): DemandStep[] =>
  DEMAND_STEPS.filter((step) => checkStep(step, status, role, facts) === null);

/**
 * After a rating: a bad review the first time opens the call-back and rectification loop; a
 * good one, or any second rating, closes the demand.
 */
export const rateOutcome = (badReview: boolean, ratingsBefore: number): DemandStatus =>
  badReview && ratingsBefore === 0 ? 'rectifying' : 'closed';
