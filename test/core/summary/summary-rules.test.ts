import { submitProblems } from '@/core/contracts/summary.fields';
import { deadlineProblem, dueNoticeStage, isLate, summaryYearOn } from '@/core/summary/summary.deadline';
import { canTakeSummaryStep, summaryParty } from '@/core/summary/summary.machine';
import { prefillSections, referenceRows } from '@/core/summary/summary.prefill';

const personal = { kind: 'steward' as const, subjectId: 's1', unitId: 'u1' };
const unitOne = { kind: 'unit' as const, subjectId: 'u1', unitId: 'u1' };

describe('summary parties and steps', () => {
  it('makes the steward the writer of their own, their unit admin its reviewer, the district a reader', () => {
    expect(summaryParty({ id: 's1', role: 'steward', unitId: 'u1' }, personal)).toBe('writer');
    expect(summaryParty({ id: 's2', role: 'steward', unitId: 'u1' }, personal)).toBeNull();
    expect(summaryParty({ id: 'a1', role: 'unit_admin', unitId: 'u1' }, personal)).toBe('reviewer');
    expect(summaryParty({ id: 'a2', role: 'unit_admin', unitId: 'u2' }, personal)).toBeNull();
    expect(summaryParty({ id: 'd', role: 'district_admin' }, personal)).toBe('reader');
    expect(summaryParty({ id: 'l', role: 'liaison', unitId: 'u1' }, personal)).toBeNull();
  });

  it('makes the unit admin the writer of the unit summary and the district its reviewer; stewards never see it', () => {
    expect(summaryParty({ id: 'a1', role: 'unit_admin', unitId: 'u1' }, unitOne)).toBe('writer');
    expect(summaryParty({ id: 'd', role: 'district_admin' }, unitOne)).toBe('reviewer');
    expect(summaryParty({ id: 's1', role: 'steward', unitId: 'u1' }, unitOne)).toBeNull();
    expect(summaryParty({ id: 'a2', role: 'unit_admin', unitId: 'u2' }, unitOne)).toBeNull();
  });

  it('lets the writer edit drafts and returned summaries and the reviewer decide submitted ones only', () => {
    expect(['draft', 'submitted', 'returned', 'accepted'].filter((s) => canTakeSummaryStep('submit', 'writer', s as never))).toEqual(['draft', 'returned']);
    expect(['draft', 'submitted', 'returned', 'accepted'].filter((s) => canTakeSummaryStep('accept', 'reviewer', s as never))).toEqual(['submitted']);
    expect(canTakeSummaryStep('accept', 'writer', 'submitted')).toBe(false);
    expect(canTakeSummaryStep('save', 'reviewer', 'draft')).toBe(false);
    expect(canTakeSummaryStep('return', 'reader', 'submitted')).toBe(false);
  });
});

describe('summary deadline', () => {
  it('is late from the first moment after the deadline day in Shanghai', () => {
    expect(isLate('2026-12-25', new Date('2026-12-25T15:59:59Z'))).toBe(false);
    expect(isLate('2026-12-25', new Date('2026-12-25T16:00:00Z'))).toBe(true);
    expect(isLate(null, new Date())).toBe(false);
  });

  it('picks the latest notice due, skipping the 7-day reminder of a deadline set late', () => {
    const d = '2026-12-25';
    expect(dueNoticeStage(d, new Date('2026-12-17T15:00:00Z'))).toBeNull();
    expect(dueNoticeStage(d, new Date('2026-12-17T16:00:00Z'))).toBe('remind7');
    expect(dueNoticeStage(d, new Date('2026-12-23T16:00:00Z'))).toBe('remind1');
    expect(dueNoticeStage(d, new Date('2026-12-26T00:00:00+08:00'))).toBe('overdue');
  });

  it('means the year just ended until February, and refuses deadlines in the past or far away', () => {
    expect(summaryYearOn('2027-02-28')).toBe(2026);
    expect(summaryYearOn('2026-03-01')).toBe(2026);
    expect(deadlineProblem(2026, '2026-11-30', '2026-12-01')).toBe('截止日期不能早于今天');
    expect(deadlineProblem(2026, '2028-01-10', '2026-12-01')).toBe('截止日期须在 2026 年至 2027 年内');
    expect(deadlineProblem(2026, '2027-01-15', '2026-12-01')).toBeUndefined();
  });
});

describe('summary prefill', () => {
  const figures = { enterprises: 11, contacts: 45, onsiteVisits: 12, contactCoverageRate: 10 / 11, visitCoverageRate: null, received: 20, resolved: 18, resolveOnTimeRate: 17 / 18, rated: 0, satisfiedRate: null, badReviews: 0, promisesMade: 0, promisesKept: 0, longOverdueContacts: 2 };

  it('shows each figure with its formatted value and 口径, and the training hours', () => {
    const rows = referenceRows({ kind: 'steward', figures, trainingHours: 6.5 });
    expect(rows.find((r) => r.key === 'contactCoverageRate')).toMatchObject({ label: '按周期联系率', value: 10 / 11, text: '90.9%' });
    expect(rows.find((r) => r.key === 'satisfiedRate')).toMatchObject({ value: null, text: '—' });
    expect(rows.find((r) => r.key === 'trainingHours')).toMatchObject({ value: 6.5, text: '6.5 学时' });
    expect(rows.every((r) => r.definition.length > 0)).toBe(true);
    expect(referenceRows({ kind: 'unit', figures, trainingHours: 0 })[0].key).toBe('stewards');
  });

  it('writes the starting text from the numbers, names the shortfalls and leaves the plan to the writer', () => {
    const s = prefillSections({ kind: 'steward', year: 2026, subjectName: '管家甲', figures, trainingHours: 6, highlights: [] });
    expect(s.duties).toContain('服务重点企业11家，联系企业45次，其中上门走访12次；按周期联系率90.9%，按周期走访率暂无。');
    expect(s.duties).toContain('全年参加培训6学时');
    expect(s.results).toBe('受理企业诉求20件，办结18件，按时办结率94.4%。');
    expect(s.satisfaction).toBe('2026年暂无企业评价。');
    expect(s.problems).toBe('平台数据显示：长期未联系企业2家。');
    expect(s.plans).toBe('');
  });

  it('asks for every section before submission', () => {
    expect(submitProblems({ duties: '全年服务企业十一家。很好', results: '办结诉求十八件，按时办结', satisfaction: '短', problems: '', plans: '明年继续加强走访联系工作。' }))
      .toEqual({ satisfaction: '请填写企业满意度（至少 10 个字）', problems: '请填写问题与不足（至少 10 个字）' });
  });
});
