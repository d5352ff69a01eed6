import { contributionsFromFacts } from '@/core/figures/demand-contributions';
import { demandFacts, stageOutcome } from '@/core/figures/demand-facts';
import type { StageInstance } from '@/core/figures/demand-stages';
import { demand, rating, sh } from './demand-builder';

const outcomes = (stages: StageInstance[]) =>
  stages.map((s) => `${s.stage}:${stageOutcome(s)}${s.lateOn ? `@${s.lateOn}` : ''}${s.departmentId ? `/${s.departmentId}` : ''}`);

describe('demand facts', () => {
  it('dates each event on its Shanghai day and marks every stage on time for a smooth demand', () => {
    const d = demand(
      'closed',
      [['submitted', '2025-11-03T09:00'], ['dispatched', '2025-11-03T15:00'], ['accepted', '2025-11-04T09:00'], ['contacted', '2025-11-04T10:00'], ['resolved', '2025-11-07T16:00'], ['rated', '2025-11-08T10:00']],
      { resolvedAt: sh('2025-11-07T16:00'), closedAt: sh('2025-11-08T10:00'), closeReason: 'rated', ratings: [rating('2025-11-08T10:00', '满意')] },
    );
    const f = demandFacts(d, {}, sh('2025-11-20T00:00'));
    expect(f).toMatchObject({ receivedOn: '2025-11-03', dispatchedOn: '2025-11-03', resolvedOn: '2025-11-07', closedOn: '2025-11-08', handlingWorkingDays: 4, open: false });
    expect(f.firstRating).toEqual({ day: '2025-11-08', level: 'satisfied', resolved: '已解决', bad: false });
    expect(outcomes(f.stages)).toEqual(['review:onTime', 'contact:onTime/dept-01', 'resolve:onTime/dept-01']);
    expect(f.autoClosedOn).toBeUndefined();
  });

  it('dates an event at 23:30 UTC on the next Shanghai day', () => {
    const d = demand('submitted', [['submitted', '2025-11-01T07:30']], { createdAt: new Date('2025-10-31T23:30:00Z') });
    expect(demandFacts(d, {}, sh('2025-11-01T08:00')).receivedOn).toBe('2025-11-01');
  });

  it('counts working days across National Day and its make-up Saturday', () => {
    // Submitted Tue 30 Sep; 1–8 Oct off. Review due end of Thu 9 Oct; resolve (5 days from 9 Oct: 10, 11 make-up, 13, 14, 15) due Wed 15 Oct.
    const acrossHoliday = demand('resolved', [['submitted', '2025-09-30T10:00'], ['dispatched', '2025-10-09T09:00'], ['contacted', '2025-10-10T09:00'], ['resolved', '2025-10-16T10:00']]);
    const f = demandFacts(acrossHoliday, {}, sh('2025-10-20T00:00'));
    expect(outcomes(f.stages)).toEqual(['review:onTime', 'contact:onTime/dept-01', 'resolve:late@2025-10-15/dept-01']);
    expect(f.handlingWorkingDays).toBe(7); // 9, 10, 11, 13, 14, 15, 16 Oct

    // Submitted Friday 10 Oct: the make-up Saturday is the review's working day, so Monday is late.
    const beforeMakeUp = demand('dispatched', [['submitted', '2025-10-10T17:00'], ['dispatched', '2025-10-13T09:00']]);
    expect(outcomes(demandFacts(beforeMakeUp, {}, sh('2025-10-13T10:00')).stages)[0]).toBe('review:late@2025-10-11');
    // The district's override table wins: with Saturday declared off, Monday is on time.
    expect(outcomes(demandFacts(beforeMakeUp, { '2025-10-11': false }, sh('2025-10-13T10:00')).stages)[0]).toBe('review:onTime');
  });

  it('stops the resolve clock while waiting on the enterprise', () => {
    // Dispatched Mon 1 Dec (due Mon 8 Dec); waiting Tue 2 → Fri 5 Dec costs 3 working days, so due Thu 11 Dec.
    const steps: Array<[string, string]> = [['submitted', '2025-12-01T09:00'], ['dispatched', '2025-12-01T10:00'], ['accepted', '2025-12-01T11:00'], ['materials_requested', '2025-12-02T10:00']];
    const resumed = demand('resolved', [...steps, ['materials_supplied', '2025-12-05T10:00'], ['resolved', '2025-12-11T15:00']]);
    const f = demandFacts(resumed, {}, sh('2025-12-20T00:00'));
    expect(outcomes(f.stages)).toEqual(['review:onTime', 'contact:onTime/dept-01', 'resolve:onTime/dept-01']);
    expect(f.stages[2].dueAt.toISOString()).toBe(sh('2025-12-11T23:59:59.999').toISOString());
    expect(f.handlingWorkingDays).toBe(5); // 8 working days from 1 to 11 Dec, less 3 waiting

    // Still waiting long after the original deadline: not overdue, and nothing to re-derive on a timer.
    const waiting = demandFacts(demand('waiting_enterprise', steps), {}, sh('2025-12-20T00:00'));
    expect(outcomes(waiting.stages)).toEqual(['review:onTime', 'contact:onTime/dept-01', 'resolve:pending/dept-01']);
    expect(waiting.overdueStage).toBeUndefined();
    expect(waiting.nextChangeAt).toBeUndefined();
  });

  it('judges resolution against the extended date, unless the deadline had already passed', () => {
    const steps: Array<[string, string]> = [['submitted', '2025-12-01T09:00'], ['dispatched', '2025-12-01T10:00'], ['contacted', '2025-12-02T09:00']];
    const newDueAt = sh('2025-12-19T23:59:59.999');
    const inTime = demand('resolved', [...steps, ['resolved', '2025-12-18T10:00']], { extensions: [{ at: sh('2025-12-05T10:00'), newDueAt }] });
    expect(outcomes(demandFacts(inTime, {}, sh('2025-12-20T00:00')).stages)[2]).toBe('resolve:onTime/dept-01');
    const tooLate = demand('resolved', [...steps, ['resolved', '2025-12-12T10:00']], { extensions: [{ at: sh('2025-12-09T10:00'), newDueAt }] });
    const f = demandFacts(tooLate, {}, sh('2025-12-20T00:00'));
    expect(outcomes(f.stages)[2]).toBe('resolve:late@2025-12-08/dept-01');
    expect(f.extendedOn).toEqual(['2025-12-09']);
  });

  it('counts an auto-closed demand apart, with no rating', () => {
    const d = demand('closed', [['submitted', '2025-12-01T09:00'], ['dispatched', '2025-12-01T10:00'], ['resolved', '2025-12-03T10:00']], { closedAt: sh('2025-12-17T09:00'), closeReason: 'auto' });
    const f = demandFacts(d, {}, sh('2025-12-20T00:00'));
    expect(f).toMatchObject({ closedOn: '2025-12-17', autoClosedOn: '2025-12-17', open: false });
    expect(f.firstRating).toBeUndefined();
    // Resolving without a separate contact still counts as contacting the enterprise.
    expect(outcomes(f.stages)).toEqual(['review:onTime', 'contact:late@2025-12-02/dept-01', 'resolve:onTime/dept-01']);
  });

  it('follows a bad review through call-back, late rectification and a second bad rating', () => {
    const d = demand(
      'closed',
      [['submitted', '2025-11-03T09:00'], ['dispatched', '2025-11-03T10:00'], ['contacted', '2025-11-03T11:00'], ['resolved', '2025-11-05T10:00'], ['rated_bad', '2025-11-06T10:00'], ['called_back', '2025-11-07T09:00'], ['rectified', '2025-12-01T10:00'], ['rated', '2025-12-02T10:00']],
      { closedAt: sh('2025-12-02T10:00'), closeReason: 'rated', ratings: [rating('2025-11-06T10:00', '不满意', '部分解决'), rating('2025-12-02T10:00', '非常不满意', '未解决')] },
    );
    const f = demandFacts(d, {}, sh('2025-12-20T00:00'));
    // Rectification: 15 working days from Thu 6 Nov → Thu 27 Nov.
    expect(outcomes(f.stages)).toEqual(['review:onTime', 'contact:onTime/dept-01', 'resolve:onTime/dept-01', 'callback:onTime', 'rectify:late@2025-11-27']);
    expect(f.firstRating).toMatchObject({ day: '2025-11-06', level: 'dissatisfied', bad: true });
    expect(f.secondRating).toMatchObject({ day: '2025-12-02', level: 'veryDissatisfied', bad: true });
  });

  it('times the district decision after a second bad rating and counts closing as unresolved apart', () => {
    const loop: Array<[string, string]> = [
      ['submitted', '2025-11-03T09:00'], ['dispatched', '2025-11-03T10:00'], ['contacted', '2025-11-03T11:00'], ['resolved', '2025-11-05T10:00'],
      ['rated_bad', '2025-11-06T10:00'], ['called_back', '2025-11-07T09:00'], ['rectified', '2025-11-20T10:00'], ['rated_bad_again', '2025-11-21T10:00'],
    ];
    const ratings = [rating('2025-11-06T10:00', '不满意', '部分解决'), rating('2025-11-21T10:00', '非常不满意', '未解决')];
    // Waiting for the district: decide is due 3 working days after Fri 21 Nov → Wed 26 Nov.
    const waiting = demandFacts(demand('district_review', loop, { ratings }), {}, sh('2025-11-24T10:00'));
    expect(outcomes(waiting.stages).slice(-1)).toEqual(['decide:pending']);
    expect(waiting.stages.at(-1)!.dueAt.toISOString()).toBe(sh('2025-11-26T23:59:59.999').toISOString());
    expect(waiting.open).toBe(true);
    expect(demandFacts(demand('district_review', loop, { ratings }), {}, sh('2025-11-27T09:00')).overdueStage).toBe('decide');

    // Another rectification by a named department: a new rectify stage runs from the decision.
    const ordered = demandFacts(demand('rectifying', [...loop, ['rectification_ordered', '2025-11-25T10:00']], { ratings, departmentId: 'dept-02' }), {}, sh('2025-11-26T10:00'));
    expect(outcomes(ordered.stages).slice(-3)).toEqual(['rectify:onTime', 'rectify:pending', 'decide:onTime']);

    // Given to another department: the first department keeps its contact, resolution and first
    // rectification; the new one answers for the second rectification only.
    const movedSteps = [...loop.map(([kind, at]) => ({ kind, at: sh(at) })), { kind: 'rectification_ordered', at: sh('2025-11-25T10:00'), fromDepartmentId: 'dept-01' }, { kind: 'rectified', at: sh('2025-12-01T10:00') }];
    const moved = demandFacts({ ...demand('resolved', loop, { ratings, departmentId: 'dept-02' }), timeline: movedSteps }, {}, sh('2025-12-02T10:00'));
    expect(outcomes(moved.stages)).toEqual(['review:onTime', 'contact:onTime/dept-01', 'resolve:onTime/dept-01', 'callback:onTime', 'rectify:onTime/dept-01', 'rectify:onTime', 'decide:onTime']);
    const credited = contributionsFromFacts({ ...demand('resolved', loop, { ratings, departmentId: 'dept-02' }), timeline: movedSteps }, moved);
    expect(credited.filter((c) => c.flow.rectifyOnTime).map((c) => [c.day, c.slices.departmentId])).toEqual([['2025-11-20', 'dept-01'], ['2025-12-01', 'dept-02']]);
    expect(credited.filter((c) => c.flow.resolveOnTime).map((c) => c.slices.departmentId)).toEqual(['dept-01']);

    // Closed as unresolved: closed, counted apart, never satisfied.
    const unresolved = demand('closed', [...loop, ['closed_unresolved', '2025-11-27T10:00']], { ratings, closedAt: sh('2025-11-27T10:00'), closeReason: 'unresolved' });
    const f = demandFacts(unresolved, {}, sh('2025-12-01T00:00'));
    expect(f).toMatchObject({ closedOn: '2025-11-27', unresolvedClosedOn: '2025-11-27', open: false });
    expect(f.autoClosedOn).toBeUndefined();
    expect(outcomes(f.stages).slice(-1)).toEqual(['decide:late@2025-11-26']);
    const flows = contributionsFromFacts(unresolved, f);
    expect(flows.find((c) => c.day === '2025-11-27')!.flow).toEqual({ closed: 1, closedUnresolved: 1 });
    expect(flows.find((c) => c.day === '2025-11-26')!.flow).toEqual({ decideLate: 1 });
  });

  it('gives contact and resolution to the department of each dispatch and the misrouting to the one that returned it', () => {
    const steps: Array<[string, string]> = [['submitted', '2025-11-03T09:00'], ['dispatched', '2025-11-03T10:00'], ['accepted', '2025-11-03T14:00']];
    const early = demand('resolved', [...steps, ['returned_by_department', '2025-11-03T16:00'], ['reassigned', '2025-11-04T10:00'], ['contacted', '2025-11-05T09:00'], ['resolved', '2025-11-06T10:00']], { returnedBy: ['dept-A'], departmentId: 'dept-B' });
    const f = demandFacts(early, {}, sh('2025-11-20T00:00'));
    expect(outcomes(f.stages)).toEqual(['review:onTime', 'contact:cancelled/dept-A', 'contact:onTime/dept-B', 'resolve:cancelled/dept-A', 'resolve:onTime/dept-B', 'reroute:onTime']);
    expect(f.misrouted).toEqual([{ day: '2025-11-03', departmentId: 'dept-A' }]);
    expect(f.dispatchedOn).toBe('2025-11-03');

    // Returned after its contact deadline passed: the first department's contact was late.
    const late = demand('rerouting', [...steps, ['returned_by_department', '2025-11-05T16:00']], { returnedBy: ['dept-A'], departmentId: '' });
    expect(outcomes(demandFacts(late, {}, sh('2025-11-05T17:00')).stages)).toEqual(['review:onTime', 'contact:late@2025-11-04/dept-A', 'resolve:cancelled/dept-A', 'reroute:pending']);
  });

  it('knows what is overdue now and when the facts change next', () => {
    const d = demand('submitted', [['submitted', '2025-11-03T09:00']]);
    const before = demandFacts(d, {}, sh('2025-11-04T12:00'));
    expect(before.overdueStage).toBeUndefined();
    expect(before.nextChangeAt?.toISOString()).toBe(sh('2025-11-04T23:59:59.999').toISOString());
    const after = demandFacts(d, {}, sh('2025-11-05T09:00'));
    expect(after.overdueStage).toBe('review');
    expect(outcomes(after.stages)).toEqual(['review:late@2025-11-04']);
    expect(after.nextChangeAt).toBeUndefined();
  });
});
