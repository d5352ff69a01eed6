import { combine, emptyStock, medianHandlingDays, sumFlows, type FlowCounters } from '@/core/figures/counters';
import type { Contribution } from '@/core/figures/contributions';
import { contributionsFromFacts, demandFigures, stockFromFacts } from '@/core/figures/demand-contributions';
import { demandFacts } from '@/core/figures/demand-facts';
import { deriveFigures, figureChange, formatFigure } from '@/core/figures/figure-catalogue';
import { periodContaining, customPeriod } from '@/core/figures/periods';
import { rollupIdsFor, rollupIncrements, snapshotDayFor, stockRows, type RollupIncrement } from '@/core/figures/rollup';
import { demand, rating, sh } from './demand-builder';

const NOW = sh('2025-12-20T00:00');
const smooth = (day: string, level: string, extra = {}) =>
  demand('closed', [['submitted', `${day}T09:00`], ['dispatched', `${day}T10:00`], ['contacted', `${day}T11:00`], ['resolved', `${day}T16:00`], ['rated', `${day}T18:00`]], { closedAt: sh(`${day}T18:00`), closeReason: 'rated', ratings: [rating(`${day}T18:00`, level)], ...extra });

/** November: four rated demands, one auto-closed, one with a second bad rating, one still overdue. */
const NOVEMBER = [
  smooth('2025-11-03', '非常满意'),
  smooth('2025-11-04', '满意', { unitId: 'z02', stewardId: 'steward-05', departmentId: 'dept-02' }),
  smooth('2025-11-05', '基本满意'),
  demand('closed', [['submitted', '2025-11-10T09:00'], ['dispatched', '2025-11-10T10:00'], ['contacted', '2025-11-10T11:00'], ['resolved', '2025-11-12T10:00']], { closedAt: sh('2025-11-26T10:00'), closeReason: 'auto' }),
  demand(
    'closed',
    [['submitted', '2025-11-03T09:00'], ['dispatched', '2025-11-03T10:00'], ['contacted', '2025-11-03T11:00'], ['resolved', '2025-11-05T10:00'], ['rated_bad', '2025-11-06T10:00'], ['called_back', '2025-11-07T09:00'], ['rectified', '2025-11-20T10:00'], ['rated', '2025-11-21T10:00']],
    { closedAt: sh('2025-11-21T10:00'), closeReason: 'rated', ratings: [rating('2025-11-06T10:00', '不满意', '部分解决'), rating('2025-11-21T10:00', '非常不满意', '未解决')] },
  ),
  demand('submitted', [['submitted', '2025-11-28T09:00']], { category: '用地/厂房' }),
];

/** A tiny in-memory rollup store: applies `$inc` rows exactly as the database would. */
const applyAll = (store: Map<string, Partial<FlowCounters>>, rows: RollupIncrement[]) => {
  for (const row of rows) {
    const current = store.get(row._id) ?? {};
    for (const [k, v] of Object.entries(row.inc)) current[k as keyof FlowCounters] = (current[k as keyof FlowCounters] ?? 0) + (v ?? 0);
    store.set(row._id, current);
  }
};

describe('figures from rollup rows', () => {
  const contributions = NOVEMBER.map((d) => demandFigures(d, {}, NOW).contributions);
  const store = new Map<string, Partial<FlowCounters>>();
  contributions.forEach((c) => applyAll(store, rollupIncrements(null, c)));
  const readPeriod = (ids: string[]) => sumFlows(ids.map((id) => store.get(id)));
  const november = periodContaining('month', '2025-11-15');

  it('gives the same counters from month rows, from day rows and from the records themselves', () => {
    const direct = sumFlows(contributions.flat().filter((c) => c.day.startsWith('2025-11')).map((c) => c.flow));
    expect(readPeriod(rollupIdsFor(november, 'district', 'all'))).toEqual(direct);
    expect(readPeriod(rollupIdsFor(customPeriod('2025-10-25', '2025-12-05'), 'district', 'all'))).toEqual(sumFlows(contributions.flat().map((c) => c.flow)));
    expect(rollupIdsFor(november, 'district', 'all')).toEqual(['month|2025-11|district|all']);
  });

  it('derives the demand, timeliness and satisfaction figures with auto-closed and second bad ratings apart', () => {
    const stock = combine(NOVEMBER.map((d) => ({ stock: stockFromFacts(d, demandFacts(d, {}, NOW)).stock }))).stock;
    const f = deriveFigures({ flow: readPeriod(rollupIdsFor(november, 'district', 'all')), stock });
    expect(f).toMatchObject({ received: 6, dispatched: 5, resolved: 5, closed: 5, autoClosed: 1, rated: 4, secondBad: 1, badReviews: 1, openNow: 1, overdueNow: 1 });
    expect(f.satisfiedRate).toBe(2 / 4); // 非常满意 + 满意; the auto-closed demand is not in the denominator
    expect(f.satisfiedInclBasicRate).toBe(3 / 4);
    expect(f.badReviewRate).toBe(1 / 4);
    expect(f.resolvedRate).toBe(3 / 4);
    expect(f.rectifyOnTimeRate).toBe(1);
    expect(f.reviewOnTimeRate).toBe(1); // the 28 Nov demand's review was due Mon 1 Dec: it went late in December, not November
    expect(f.medianHandlingDays).toBe(0);
  });

  it('moves a demand between departments when it is re-routed, leaving totals intact', () => {
    const before = demand('accepted', [['submitted', '2025-11-03T09:00'], ['dispatched', '2025-11-03T10:00'], ['contacted', '2025-11-03T11:00']], { departmentId: 'dept-A' });
    const after = { ...before, status: 'rerouting' as const, departmentId: '', returnedBy: ['dept-A'], timeline: [...before.timeline, { kind: 'returned_by_department', at: sh('2025-11-04T09:00') }] };
    const c = (d: typeof before): Contribution[] => contributionsFromFacts(d, demandFacts(d, {}, sh('2025-11-04T10:00')));
    const rows = rollupIncrements(c(before), c(after));
    const byId = Object.fromEntries(rows.map((r) => [r._id, r.inc]));
    expect(byId['day|2025-11-04|department|dept-A']).toEqual({ misrouted: 1 });
    expect(byId['day|2025-11-03|department|dept-A']).toEqual({ received: -1 });
    expect(byId['month|2025-11|district|all']).toEqual({ misrouted: 1 });
    expect(rollupIncrements(c(before), c(before))).toEqual([]);
  });

  it('folds the stock of records into one snapshot row per slice, steward rows naming their unit', () => {
    const rows = stockRows('2025-11-30', NOVEMBER.map((d) => stockFromFacts(d, demandFacts(d, {}, NOW))));
    const byId = Object.fromEntries(rows.map((r) => [r._id, r]));
    expect(byId['snapshot|2025-11-30|district|all'].stock).toEqual({ demandsOpen: 1, demandsOverdue: 1 });
    expect(byId['snapshot|2025-11-30|category|用地/厂房'].stock).toEqual({ demandsOpen: 1, demandsOverdue: 1 });
    expect(byId['snapshot|2025-11-30|steward|steward-05']).toMatchObject({ unitId: 'z02', stock: {} });
    expect(snapshotDayFor(november, '2025-11-20')).toBe('2025-11-20');
    expect(snapshotDayFor(november, '2025-12-02')).toBe('2025-11-30');
  });

  it('reads medians from the histogram and formats figures and changes in Chinese', () => {
    expect(medianHandlingDays({ handlingDays2: 1, handlingDays4: 1, handlingDays9: 2 })).toBe(6.5);
    expect(medianHandlingDays({ handlingDays2: 1, handlingDays4: 1, handlingDays9: 1 })).toBe(4);
    expect(medianHandlingDays({})).toBeNull();
    expect(formatFigure('received', 1234)).toBe('1,234 件');
    expect(formatFigure('resolveOnTimeRate', 0.9625)).toBe('96.3%');
    expect(formatFigure('satisfiedRate', null)).toBe('—');
    expect(figureChange('resolveOnTimeRate', 0.962, 0.949)?.text).toBe('上升 1.3 个百分点');
    expect(figureChange('received', 90, 100)?.text).toBe('减少 10 件');
    expect(figureChange('medianHandlingDays', 3, 4.5)?.text).toBe('缩短 1.5 个工作日');
    expect(deriveFigures({ flow: sumFlows([]), stock: emptyStock() }).satisfiedRate).toBeNull();
  });
});
