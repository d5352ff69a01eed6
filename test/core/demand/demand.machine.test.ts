import { availableSteps, checkStep, DEMAND_STEPS, rateOutcome, STEP_RULES, stepFactsOf, type DemandStep, type StepFacts } from '@/core/demand/demand.machine';
import { DEMAND_STATUSES } from '@/core/demand/demand.model';
import { ROLES } from '@/core/roles';
import { isBadReview } from '@/core/demand/satisfaction';

const OPEN = ['submitted', 'returned', 'dispatched', 'accepted', 'waiting_enterprise', 'rerouting', 'resolved', 'rectifying', 'district_review'];

/** Every (step, state, role) the lifecycle allows, written out independently of the table. */
const ALLOWED: Array<[DemandStep, string, string]> = [
  ['revise', 'returned', 'enterprise'],
  ...['submitted', 'returned', 'dispatched', 'accepted', 'waiting_enterprise', 'rerouting'].map((s) => ['withdraw', s, 'enterprise'] as [DemandStep, string, string]),
  ...OPEN.map((s) => ['comment', s, 'enterprise'] as [DemandStep, string, string]),
  ...OPEN.map((s) => ['recalendar', s, 'system'] as [DemandStep, string, string]),
  ['return', 'submitted', 'steward'],
  ['dispatch', 'submitted', 'steward'],
  ['accept', 'dispatched', 'department'],
  ['recordContact', 'accepted', 'department'],
  ['progress', 'accepted', 'department'],
  ['progress', 'waiting_enterprise', 'department'],
  ['progress', 'rectifying', 'department'],
  ['requestMaterials', 'accepted', 'department'],
  ['supplyMaterials', 'waiting_enterprise', 'enterprise'],
  ['extend', 'accepted', 'department'],
  ['extend', 'waiting_enterprise', 'department'],
  ['returnMisrouted', 'dispatched', 'department'],
  ['returnMisrouted', 'accepted', 'department'],
  ['reassign', 'rerouting', 'district_admin'],
  ['resolve', 'accepted', 'department'],
  ['resolve', 'waiting_enterprise', 'department'],
  ['rate', 'resolved', 'enterprise'],
  ['callback', 'rectifying', 'steward'],
  ['rectify', 'rectifying', 'department'],
  ['orderRectification', 'district_review', 'district_admin'],
  ['closeUnresolved', 'district_review', 'district_admin'],
  ['autoClose', 'resolved', 'system'],
];

/** The facts under which a guarded step is open (its guards written out again, independently). */
const ENABLING: Partial<Record<DemandStep, StepFacts>> = {
  comment: { onBehalf: true },
  resolve: { materialsLapsed: true },
  callback: { calledBack: false },
  rectify: { calledBack: true },
};

describe('the demand state machine', () => {
  const key = (step: string, status: string, role: string) => `${step} ${status} ${role}`;
  const allowed = new Set(ALLOWED.map(([a, b, c]) => key(a, b, c)));

  it('allows exactly the listed transitions and refuses every other one', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const step of DEMAND_STEPS) {
      for (const status of DEMAND_STATUSES) {
        for (const role of [...ROLES, 'system' as const]) {
          checked++;
          const ok = checkStep(step, status, role, ENABLING[step]) === null;
          if (ok !== allowed.has(key(step, status, role))) mismatches.push(`${key(step, status, role)}: ${ok ? 'allowed' : 'refused'}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(DEMAND_STEPS.length * DEMAND_STATUSES.length * (ROLES.length + 1));
  });

  it('says why a step is refused', () => {
    expect(checkStep('resolve', 'accepted', 'steward')).toBe('wrong_actor');
    expect(checkStep('resolve', 'dispatched', 'department')).toBe('wrong_state');
    expect(checkStep('withdraw', 'closed', 'enterprise')).toBe('wrong_state');
    expect(checkStep('withdraw', 'submitted', 'steward')).toBe('wrong_actor'); // only the enterprise withdraws
    expect(checkStep('callback', 'rectifying', 'steward', { calledBack: true })).toBe('already_done');
    expect(availableSteps('rectifying', 'steward', { calledBack: true })).toEqual([]);
  });

  it('keeps the call-back before the rectification, resolving while waiting for the limit, comments for 代提', () => {
    expect(checkStep('rectify', 'rectifying', 'department', { calledBack: false })).toBe('callback_first');
    expect(availableSteps('rectifying', 'department', {})).toEqual(['progress']);
    expect(availableSteps('rectifying', 'department', { calledBack: true })).toEqual(['progress', 'rectify']);
    // Resolving from accepted never depends on materials; while waiting, only after the limit.
    expect(checkStep('resolve', 'accepted', 'department', {})).toBeNull();
    expect(checkStep('resolve', 'waiting_enterprise', 'department', {})).toBe('materials_pending');
    expect(checkStep('resolve', 'waiting_enterprise', 'department', { materialsLapsed: true })).toBeNull();
    expect(checkStep('comment', 'dispatched', 'enterprise', {})).toBe('not_on_behalf');
    expect(availableSteps('dispatched', 'enterprise', { onBehalf: true })).toEqual(['withdraw', 'comment']);
    expect(stepFactsOf({ callbackAt: new Date(), onBehalf: true })).toEqual({ calledBack: true, onBehalf: true, materialsLapsed: false });
  });

  it('leaves closed and withdrawn demands with no way out', () => {
    for (const role of ROLES) {
      expect(availableSteps('closed', role)).toEqual([]);
      expect(availableSteps('withdrawn', role)).toEqual([]);
    }
  });

  it('offers each party its buttons', () => {
    expect(availableSteps('submitted', 'steward')).toEqual(['return', 'dispatch']);
    expect(availableSteps('accepted', 'department')).toEqual(['recordContact', 'progress', 'requestMaterials', 'extend', 'returnMisrouted', 'resolve']);
    expect(availableSteps('resolved', 'enterprise')).toEqual(['rate']);
  });

  it('routes a bad first rating into rectification, a later bad one to the district, a good one to closing', () => {
    expect(isBadReview('不满意', '已解决')).toBe(true);
    expect(isBadReview('基本满意', '未解决')).toBe(true);
    expect(isBadReview('满意', '部分解决')).toBe(false);
    expect(rateOutcome(true, 0)).toBe('rectifying');
    expect(rateOutcome(true, 1)).toBe('district_review');
    expect(rateOutcome(true, 2)).toBe('district_review');
    expect(rateOutcome(false, 0)).toBe('closed');
    expect(rateOutcome(false, 1)).toBe('closed');
    expect(availableSteps('district_review', 'district_admin')).toEqual(['orderRectification', 'closeUnresolved']);
    expect(STEP_RULES.rate.to).toBe('by-rating');
  });
});
