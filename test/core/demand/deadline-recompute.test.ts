import { movedDeadlinesText, recomputedDeadlines, type RecomputeInput } from '@/core/demand/deadline-recompute';
import { workingDayDeadline } from '@/core/time/working-days';

const sh = (local: string) => new Date(`${local}+08:00`);
const at = (local: string) => ({ at: sh(local), kind: '' });
const ev = (kind: string, local: string) => ({ ...at(local), kind });

describe('deadlines computed again when the calendar changes', () => {
  it('moves the running deadlines only, and keeps a committed extension date', () => {
    // Dispatched Tue 22 Dec 2026 as simple: contact due Wed 23, resolve due Tue 29 Dec.
    const dispatched = sh('2026-12-22T10:00');
    const d: RecomputeInput = {
      status: 'accepted',
      complexity: 'simple',
      timeline: [ev('submitted', '2026-12-22T09:00'), ev('dispatched', '2026-12-22T10:00'), ev('accepted', '2026-12-22T11:00')],
      reviewDueAt: workingDayDeadline(sh('2026-12-22T09:00'), 1),
      contactDueAt: workingDayDeadline(dispatched, 1),
      resolveDueAt: workingDayDeadline(dispatched, 5),
    };
    expect(recomputedDeadlines(d, {})).toEqual([]);
    // The district declares Wed 23 Dec off: contact moves to Thu 24, resolve to Wed 30; the review was done and stays.
    const moved = recomputedDeadlines(d, { '2026-12-23': false });
    expect(moved.map((m) => [m.field, m.to.toISOString()])).toEqual([
      ['contactDueAt', sh('2026-12-24T23:59:59.999').toISOString()],
      ['resolveDueAt', sh('2026-12-30T23:59:59.999').toISOString()],
    ]);
    expect(movedDeadlinesText(moved, '12月23日设为休息日')).toBe('工作日历调整（12月23日设为休息日）：部门联系企业期限由12月23日改为12月24日；部门办结期限由12月29日改为12月30日');

    // With a committed extension date, resolution keeps that date.
    const extended = { ...d, timeline: [...d.timeline, ev('contacted', '2026-12-22T15:00')], extensions: [{ at: sh('2026-12-23T09:00'), newDueAt: sh('2027-01-08T23:59:59.999') }], resolveDueAt: sh('2027-01-08T23:59:59.999') };
    expect(recomputedDeadlines(extended, { '2026-12-23': false })).toEqual([]);
  });

  it('moves the wait for materials, the decision and the auto-close too', () => {
    const requested = sh('2027-02-01T10:00');
    const waiting: RecomputeInput = {
      status: 'waiting_enterprise', timeline: [ev('submitted', '2027-02-01T08:00'), ev('dispatched', '2027-02-01T09:00'), ev('materials_requested', '2027-02-01T10:00')],
      pausedAt: requested, materialsMilestone: 'remindEnterprise', materialsDueAt: workingDayDeadline(requested, 3), resolveDueAt: workingDayDeadline(sh('2027-02-01T09:00'), 5), contactDueAt: workingDayDeadline(sh('2027-02-01T09:00'), 1),
    };
    // A day off on Wed 3 Feb moves the reminder (due Thu 4 → Fri 5) and the paused resolution deadline; the contact was done by asking for materials.
    expect(recomputedDeadlines(waiting, { '2027-02-03': false }).map((m) => m.field)).toEqual(['resolveDueAt', 'materialsDueAt']);
    const review: RecomputeInput = { status: 'district_review', timeline: [ev('rated_bad_again', '2027-02-04T10:00')], decideDueAt: workingDayDeadline(sh('2027-02-04T10:00'), 3) };
    expect(recomputedDeadlines(review, { '2027-02-05': false, '2027-02-08': false }).map((m) => [m.field, m.to.toISOString()])).toEqual([['decideDueAt', sh('2027-02-11T23:59:59.999').toISOString()]]);
    const resolved: RecomputeInput = { status: 'resolved', timeline: [ev('resolved', '2027-02-01T10:00')], autoCloseAt: workingDayDeadline(sh('2027-02-01T10:00'), 10) };
    expect(recomputedDeadlines(resolved, { '2027-02-08': false }).map((m) => m.field)).toEqual(['autoCloseAt']);
  });
});
