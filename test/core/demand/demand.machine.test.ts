import { availableSteps, checkStep, DEMAND_STEPS, rateOutcome, STEP_RULES, type DemandStep } from '@/core/demand/demand.machine';
import { DEMAND_STATUSES } from '@/core/demand/demand.model';
import { ROLES } from '@/core/roles';
import { isBadReview } from '@/core/demand/satisfaction';

/** Every (step, state, role) the lifecycle allows, written out independently of the table. */
const ALLOWED: Array<[DemandStep, string, string]> = [
  ['revise', 'returned', 'enterprise'],
  ...['submitted', 'returned', 'dispatched', 'accepted', 'waiting_enterprise', 'rerouting'].map((s) => ['withdraw', s, 'enterprise'] as [DemandStep, string, string]),
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
  ['rate', 'resolved', 'enterprise'],
  ['callback', 'rectifying', 'steward'],
  ['rectify', 'rectifying', 'department'],
  ['autoClose', 'resolved', 'system'],
];

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
          const ok = checkStep(step, status, role) === null;
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

  it('routes a bad first rating into rectification and closes on a second rating', () => {
    expect(isBadReview('不满意', '已解决')).toBe(true);
    expect(isBadReview('基本满意', '未解决')).toBe(true);
    expect(isBadReview('满意', '部分解决')).toBe(false);
    expect(rateOutcome(true, 0)).toBe('rectifying');
    expect(rateOutcome(true, 1)).toBe('closed');
    expect(rateOutcome(false, 0)).toBe('closed');
    expect(STEP_RULES.rate.to).toBe('by-rating');
  });
});
