import type { DemandFactsInput } from '@/core/figures/demand-facts';

/** Shanghai wall-clock time → instant, so test timelines read like the calendar. */
export const sh = (local: string) => new Date(`${local}+08:00`);

type Step = [kind: string, at: string];

/** A demand as the server stores it, from its timeline written as [kind, Shanghai time] steps. */
export const demand = (status: DemandFactsInput['status'], steps: Step[], extra: Partial<DemandFactsInput> = {}): DemandFactsInput => ({
  unitId: 'z01',
  stewardId: 'steward-01',
  category: '融资',
  status,
  createdAt: sh(steps[0][1]),
  timeline: steps.map(([kind, at]) => ({ kind, at: sh(at) })),
  departmentId: 'dept-01',
  complexity: 'simple',
  ...extra,
});

export const rating = (at: string, satisfaction: string, resolved = '已解决') => ({ at: sh(at), satisfaction, resolved, comment: '' });
