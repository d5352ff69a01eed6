import { openRectificationSteps, statusAfterMeasureDone } from '@/core/rectification/rectification.machine';
import { nextSupervisionAt, supervisionDue } from '@/core/rectification/rectification.supervision';

const due = new Date('2026-04-30T15:59:59.999Z'); // end of Thursday 30 April 2026, before the 劳动节 holiday
const plan = { status: 'drafting' as const, dueAt: due, measures: [], supervised: [] };

describe('rectification plan rules', () => {
  it('offers each role only its own steps', () => {
    expect(openRectificationSteps('drafting', 'unit_admin')).toEqual(['save', 'submit']);
    expect(openRectificationSteps('submitted', 'unit_admin')).toEqual([]);
    expect(openRectificationSteps('submitted', 'district_admin')).toEqual(['accept', 'return']);
    expect(openRectificationSteps('accepted', 'unit_admin')).toEqual(['reportMeasure']);
    expect(openRectificationSteps('completed', 'district_admin')).toEqual([]);
  });

  it('completes a plan only when every measure is done', () => {
    expect(statusAfterMeasureDone([{ done: true }, { done: false }])).toBe('accepted');
    expect(statusAfterMeasureDone([{ done: true }, { done: true }])).toBe('completed');
    expect(statusAfterMeasureDone([])).toBe('accepted');
  });

  it('escalates a missed submission two working days later, across a holiday', () => {
    // 1-5 May 2026 are holidays; Saturday 9 May is a make-up working day.
    const { due: now, nextAt } = supervisionDue(plan, new Date('2026-05-01T00:00:00Z'));
    expect(now.map((i) => i.level)).toEqual(['unit']);
    expect(nextAt?.toISOString()).toBe('2026-05-07T15:59:59.999Z');
    const told = { ...plan, supervised: now.map((i) => i.key) };
    expect(supervisionDue(told, new Date('2026-05-06T00:00:00Z')).due).toEqual([]);
    expect(supervisionDue(told, new Date('2026-05-08T00:00:00Z')).due.map((i) => i.level)).toEqual(['district']);
    expect(nextSupervisionAt({ ...told, supervised: [...told.supervised, `plan@${due.toISOString()}:district`] })).toBeNull();
  });

  it('supervises a returned plan afresh under its new due date, and only open measures of an accepted one', () => {
    const later = new Date('2026-05-15T15:59:59.999Z');
    expect(nextSupervisionAt({ ...plan, status: 'returned', dueAt: later, supervised: [`plan@${due.toISOString()}:unit`, `plan@${due.toISOString()}:district`] })).toEqual(later);
    const measures = [{ id: 'a', dueAt: new Date('2026-06-01T15:59:59.999Z'), doneAt: new Date() }, { id: 'b', dueAt: new Date('2026-06-10T15:59:59.999Z') }];
    expect(nextSupervisionAt({ ...plan, status: 'accepted', measures })?.toISOString()).toBe('2026-06-10T15:59:59.999Z');
    expect(nextSupervisionAt({ ...plan, status: 'submitted', measures })).toBeNull();
  });
});
