import { isStewardOverloaded, unitAverage, wouldExceedUnitAverage } from '@/core/org/staffing.rules';
import { handoverDeadline, handoverTaskState } from '@/core/org/handover.rules';
import { bindingCodeFrom, bindingCodeProblem, normalizeBindingCode, BINDING_CODE_ALPHABET } from '@/core/org/binding-code.rules';

describe('staffing limit', () => {
  it('refuses only what lifts the unit average above 10', () => {
    expect(wouldExceedUnitAverage({ stewards: 4, assignedEnterprises: 39 }, 1)).toBe(false); // 40 / 4 = 10
    expect(wouldExceedUnitAverage({ stewards: 4, assignedEnterprises: 40 }, 1)).toBe(true); // 41 / 4
    expect(wouldExceedUnitAverage({ stewards: 0, assignedEnterprises: 0 }, 1)).toBe(true);
    expect(unitAverage({ stewards: 4, assignedEnterprises: 39 })).toBeCloseTo(9.75);
  });
  it('flags a steward above 10', () => {
    expect(isStewardOverloaded(10)).toBe(false);
    expect(isStewardOverloaded(11)).toBe(true);
  });
});

describe('handover deadline: 3 working days on the official calendar', () => {
  it('spans the National Day holiday', () => {
    // Handed over on Tuesday 30 Sep 2025 (Shanghai); 1–8 Oct are off; 9, 10 and make-up Sat 11 Oct count.
    const due = handoverDeadline(new Date('2025-09-30T02:00:00Z'));
    expect(due.toISOString()).toBe('2025-10-11T15:59:59.999Z');
  });
  it('counts a make-up Sunday as a working day', () => {
    // Friday 26 Sep 2025 → Sun 28 Sep (make-up), Mon 29, Tue 30.
    expect(handoverDeadline(new Date('2025-09-26T03:00:00Z')).toISOString()).toBe('2025-09-30T15:59:59.999Z');
  });
  it('reports open, overdue and done', () => {
    const dueAt = new Date('2025-10-11T15:59:59.999Z');
    expect(handoverTaskState({ dueAt }, new Date('2025-10-10T00:00:00Z'))).toBe('open');
    expect(handoverTaskState({ dueAt }, new Date('2025-10-12T00:00:00Z'))).toBe('overdue');
    expect(handoverTaskState({ dueAt, completedAt: new Date() }, new Date('2025-10-12T00:00:00Z'))).toBe('done');
  });
});

describe('binding codes', () => {
  it('are 8 unambiguous characters and tolerate how people type them', () => {
    const code = bindingCodeFrom([0, 1, 2, 3, 250, 251, 252, 253]);
    expect(code).toHaveLength(8);
    expect([...code].every((c) => BINDING_CODE_ALPHABET.includes(c))).toBe(true);
    expect(normalizeBindingCode(' k7pm-q3xd ')).toBe('K7PMQ3XD');
  });
  it('expire, and cannot be reused or used after revocation', () => {
    const now = new Date('2026-01-10T00:00:00Z');
    const fresh = { expiresAt: new Date('2026-01-11T00:00:00Z') };
    expect(bindingCodeProblem(fresh, now)).toBeNull();
    expect(bindingCodeProblem(null, now)).toBe('unknown');
    expect(bindingCodeProblem({ ...fresh, usedAt: now }, now)).toBe('used');
    expect(bindingCodeProblem({ ...fresh, revokedAt: now }, now)).toBe('revoked');
    expect(bindingCodeProblem({ expiresAt: now }, now)).toBe('expired');
  });
});
