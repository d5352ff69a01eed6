import { DEFAULT_SCHEME } from '@/core/assessment/default-scheme';
import { evidenceCounters, evidenceKindOf } from '@/core/assessment/evidence-kinds';
import { unitsToRectify } from '@/core/assessment/result-ranks';
import { counterLabel } from '@/core/assessment/counter-labels';

describe('stored scores', () => {
  it('ask the units below the threshold and the chosen ones for a plan, each once', () => {
    const units = [{ id: 'z01', total: 58 }, { id: 'z02', total: 75 }, { id: 'z03', total: 90 }];
    expect(unitsToRectify(units, 60, ['z03', 'z01', 'nope'])).toEqual(['z01', 'z03']);
    expect(unitsToRectify(units, undefined, [])).toEqual([]);
  });

  it('find the records behind each measure of the default scheme', () => {
    const kinds = Object.fromEntries([...DEFAULT_SCHEME.indicators.flatMap((i) => i.measures.map((m) => m.source)), ...DEFAULT_SCHEME.deductions.map((d) => d.source)].map((s) => ['figure' in s ? s.figure : s.input, evidenceKindOf(s)]));
    expect(kinds).toEqual({
      contactCoverageRate: 'enterprises', visitCoverageRate: 'enterprises', handoverOnTimeRate: 'handover_tasks',
      reviewOnTimeRate: 'demands', callbackOnTimeRate: 'demands', resolveOnTimeRate: 'demands',
      satisfiedRate: 'demands', resolvedRate: 'demands', badReviewRate: 'demands',
      reportsPerEnterprise: 'reports', followUpOnTimeRate: 'research_visits', promiseKeptRate: 'research_visits',
      trainingCompletionRate: 'training', summaryOnTime: null, spotChecksFalse: 'spot_checks', integrityFindings: null,
    });
    expect(evidenceCounters({ figure: 'reviewOnTimeRate' })).toEqual(['reviewOnTime', 'reviewLate']);
    expect(counterLabel('reviewLate')).toBe('管家审核逾期');
    expect(counterLabel('first_veryDissatisfied')).toBe('首次评价“非常不满意”');
  });
});
