import { currentDue, deadlineAfterPause, isOverdue, materialsMilestoneAt, passedMaterialsMilestones, workingDaysBetween } from '@/core/demand/demand.deadlines';
import { workingDayDeadline } from '@/core/time/working-days';

describe('demand deadlines on the working-day calendar', () => {
  it('gives a simple demand dispatched before National Day 5 working days after the holiday', () => {
    // Dispatched Tue 30 Sep 2025: Oct 1–8 off; Thu 9, Fri 10, Sat 11 (make-up), Mon 13, Tue 14.
    expect(workingDayDeadline(new Date('2025-09-30T02:00:00Z'), 5).toISOString()).toBe('2025-10-14T15:59:59.999Z');
  });

  it('counts a make-up Saturday as a working day between two dates', () => {
    expect(workingDaysBetween(new Date('2025-10-10T02:00:00Z'), new Date('2025-10-13T02:00:00Z'))).toBe(2); // Sat 11 + Mon 13
    expect(workingDaysBetween(new Date('2025-09-30T02:00:00Z'), new Date('2025-10-08T02:00:00Z'))).toBe(0);
  });

  it('pauses the clock while waiting on the enterprise', () => {
    const deadline = new Date('2025-12-10T15:59:59.999Z'); // end of Wed 10 Dec
    // Waited from Mon 1 Dec to Thu 4 Dec: 3 working days (Tue, Wed, Thu) → deadline moves to Mon 15 Dec.
    expect(deadlineAfterPause(deadline, new Date('2025-12-01T02:00:00Z'), new Date('2025-12-04T02:00:00Z')).toISOString()).toBe('2025-12-15T15:59:59.999Z');
    // Paused and resumed on the same day: no change.
    expect(deadlineAfterPause(deadline, new Date('2025-12-01T02:00:00Z'), new Date('2025-12-01T09:00:00Z'))).toEqual(deadline);
    // Waiting over the National Day holiday costs no working days.
    expect(deadlineAfterPause(deadline, new Date('2025-09-30T10:00:00Z'), new Date('2025-10-08T10:00:00Z'))).toEqual(deadline);
  });

  it('knows which deadline runs and who owns it', () => {
    const at = '2025-12-01T15:59:59.999Z';
    expect(currentDue({ status: 'submitted', reviewDueAt: at })).toMatchObject({ stage: 'review', responsible: 'steward' });
    expect(currentDue({ status: 'accepted', contactDueAt: at, resolveDueAt: at })).toMatchObject({ stage: 'contact' });
    expect(currentDue({ status: 'accepted', contactDueAt: at, firstContactAt: at, resolveDueAt: at })).toMatchObject({ stage: 'resolve', responsible: 'department' });
    expect(currentDue({ status: 'rectifying', callbackDueAt: at, rectifyDueAt: at })).toMatchObject({ stage: 'callback', responsible: 'steward' });
    expect(currentDue({ status: 'waiting_enterprise', resolveDueAt: at })).toBeNull();
    expect(currentDue({ status: 'district_review', decideDueAt: at })).toMatchObject({ stage: 'decide', responsible: 'district_admin' });
    expect(isOverdue({ status: 'submitted', reviewDueAt: at }, new Date('2025-12-02T00:00:00Z'))).toBe(true);
    expect(isOverdue({ status: 'submitted', reviewDueAt: at }, new Date('2025-12-01T12:00:00Z'))).toBe(false);
  });

  it('sets the waits for materials on working days: remind after 3, steward after 5, resolve as is after 10', () => {
    // Requested Tue 30 Sep 2025: Oct 1–8 off, Sat 11 a make-up day. 3rd working day Sat 11; 5th Tue 14; 10th Tue 21.
    const requested = new Date('2025-09-30T02:00:00Z');
    expect(materialsMilestoneAt(requested, 'remindEnterprise').toISOString()).toBe('2025-10-11T15:59:59.999Z');
    expect(materialsMilestoneAt(requested, 'stewardFollowUp').toISOString()).toBe('2025-10-14T15:59:59.999Z');
    expect(materialsMilestoneAt(requested, 'mayResolve').toISOString()).toBe('2025-10-21T15:59:59.999Z');
    expect(passedMaterialsMilestones(requested, 'remindEnterprise', new Date('2025-10-10T02:00:00Z'))).toMatchObject({ passed: [], ahead: { milestone: 'remindEnterprise' } });
    // A timer that was down for a week catches up in order.
    expect(passedMaterialsMilestones(requested, 'remindEnterprise', new Date('2025-10-15T02:00:00Z'))).toMatchObject({ passed: ['remindEnterprise', 'stewardFollowUp'], ahead: { milestone: 'mayResolve' } });
    expect(passedMaterialsMilestones(requested, 'mayResolve', new Date('2025-10-22T02:00:00Z'))).toEqual({ passed: ['mayResolve'], ahead: undefined });
    // The district's calendar counts: with Sat 11 declared off, the reminder moves to Mon 13.
    expect(materialsMilestoneAt(requested, 'remindEnterprise', { '2025-10-11': false }).toISOString()).toBe('2025-10-13T15:59:59.999Z');
  });
});
