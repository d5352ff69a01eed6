import { combine, FLOW_COUNTER_KEYS, STOCK_COUNTER_KEYS } from '@/core/figures/counters';
import { evidenceKeys } from '@/core/figures/figure-definition';
import { deriveFigures, FIGURES } from '@/core/figures/figure-catalogue';
import { contactContributions, handoverContributions, promotionContributions, reportContributions, researchContributions, spotCheckContributions } from '@/core/figures/service-contributions';
import { enterpriseStock, handoverStock, promiseStock, stewardStock } from '@/core/figures/service-stock';
import { sh } from './demand-builder';

const NOW = sh('2025-12-01T09:00');
const who = { unitId: 'z01', stewardId: 'steward-01' };

describe('service figures', () => {
  it('counts contacts, on-site visits and check-ins far from the enterprise', () => {
    const flows = [
      contactContributions({ ...who, type: '电话', at: sh('2025-11-03T10:00') }),
      contactContributions({ ...who, type: '上门走访', at: sh('2025-11-04T10:00'), checkIn: { distanceMeters: 120 } }),
      contactContributions({ ...who, type: '上门走访', at: sh('2025-11-05T10:00'), checkIn: { distanceMeters: 1500 } }),
      contactContributions({ ...who, type: '上门走访', at: sh('2025-11-06T10:00'), checkIn: { distanceMeters: null } }),
    ].flat();
    expect(flows.map((c) => c.day)).toEqual(['2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06']);
    const stock = [stewardStock({ ...who, status: 'active' }), stewardStock({ unitId: 'z01', stewardId: 'steward-02', status: 'active' }), stewardStock({ unitId: 'z01', stewardId: 'x', status: 'disabled' })];
    const f = deriveFigures(combine([...flows.map((c) => ({ flow: c.flow })), ...stock.filter(Boolean).map((s) => ({ stock: s!.stock }))]));
    expect(f).toMatchObject({ contacts: 4, onsiteVisits: 3, farCheckIns: 1, unlocatedCheckIns: 1, stewards: 2, contactsPerSteward: 2, visitsPerSteward: 1.5 });
    expect(f.farCheckInRate).toBeCloseTo(1 / 3);
  });

  it('takes coverage and onboarding from a snapshot of the enterprises', () => {
    const base = { ...who, status: 'active' as const, createdAt: sh('2025-01-01T00:00'), boundContacts: 0 };
    const parts = [
      enterpriseStock({ ...base, lastContactAt: sh('2025-11-20T10:00'), lastVisitAt: sh('2025-10-01T10:00'), boundContacts: 2 }, NOW), // within both
      enterpriseStock({ ...base, lastContactAt: sh('2025-10-25T10:00'), lastVisitAt: sh('2025-08-01T10:00') }, NOW), // contact overdue (30 d), visit overdue (90 d)
      enterpriseStock({ ...base, lastContactAt: sh('2025-09-01T10:00'), boundContacts: 1 }, NOW), // contact overdue by more than 30 days
      enterpriseStock({ ...base, contactCadenceDays: 60, lastContactAt: sh('2025-10-25T10:00'), lastVisitAt: sh('2025-11-01T10:00') }, NOW), // a longer cadence keeps it in
      enterpriseStock({ ...base, status: 'removed' }, NOW),
    ];
    expect(parts[4]).toBeNull();
    const f = deriveFigures(combine(parts.filter(Boolean).map((p) => ({ stock: p!.stock }))));
    expect(f).toMatchObject({ enterprises: 4, contactCoverageRate: 2 / 4, visitCoverageRate: 2 / 4, longOverdueContacts: 1, boundEnterprises: 2, boundRate: 0.5 });
  });

  it('decides handover tasks, research follow-ups and promises once, on the day done or the day missed', () => {
    const task = { unitId: 'z01', toStewardId: 'steward-03', dueAt: sh('2025-11-05T23:59:59.999') };
    expect(handoverContributions({ ...task, completedAt: sh('2025-11-04T10:00') }, NOW)[0]).toMatchObject({ day: '2025-11-04', flow: { handoverOnTime: 1 }, slices: { stewardId: 'steward-03' } });
    expect(handoverContributions({ ...task, completedAt: sh('2025-11-07T10:00') }, NOW)[0]).toMatchObject({ day: '2025-11-05', flow: { handoverLate: 1 } });
    expect(handoverContributions({ ...task, cancelledAt: sh('2025-11-04T10:00') }, NOW)).toEqual([]);
    expect(handoverContributions(task, sh('2025-11-05T12:00'))).toEqual([]);
    expect(handoverStock(task, NOW)?.stock).toEqual({ handoversOpen: 1, handoversOverdue: 1 });

    const visit = {
      ...who, createdAt: sh('2025-11-03T10:00'), followUpDueAt: sh('2025-11-17T23:59:59.999'), followUpAt: sh('2025-11-10T10:00'),
      promises: [
        { dueDate: '2025-11-20', status: 'closed' as const, closedAt: sh('2025-11-20T22:00') },
        { dueDate: '2025-11-20', status: 'closed' as const, closedAt: sh('2025-11-25T10:00') },
        { dueDate: '2025-11-28', status: 'open' as const },
        { dueDate: '2026-01-10', status: 'open' as const },
      ],
    };
    const f = deriveFigures(combine([...researchContributions(visit, NOW).map((c) => ({ flow: c.flow })), { stock: promiseStock(visit, NOW)!.stock }]));
    expect(f).toMatchObject({ researchVisits: 1, promisesMade: 4, promisesKept: 1, promisesLate: 2, promiseKeptRate: 1 / 3, followUpOnTimeRate: 1, promisesOpen: 2, promisesOverdue: 1 });
  });

  it('counts reports by category with risk flags, promotions and spot-check findings', () => {
    const flows = [
      ...reportContributions({ ...who, category: '企业迁入迁出', risk: true, createdAt: sh('2025-11-03T10:00') }),
      ...reportContributions({ ...who, category: '经营业绩变动', risk: false, createdAt: sh('2025-11-04T10:00') }),
      ...promotionContributions({ ...who, createdAt: sh('2025-11-04T10:00'), intendsToApply: true }),
      ...promotionContributions({ ...who, createdAt: sh('2025-11-05T10:00'), intendsToApply: false }),
      ...spotCheckContributions({ ...who, verifiedAt: sh('2025-11-05T10:00'), result: '属实' }),
      ...spotCheckContributions({ ...who, verifiedAt: sh('2025-11-05T11:00'), result: '不属实' }),
      ...spotCheckContributions({ ...who, verifiedAt: sh('2025-11-05T12:00'), result: '未能联系' }),
    ];
    const f = deriveFigures(combine(flows.map((c) => ({ flow: c.flow }))));
    expect(f).toMatchObject({ reports: 2, reportsRisk: 1, reports_relocation: 1, reports_performance: 1, reports_investment: 0, promotions: 2, promotionsIntending: 1, spotChecksVerified: 3, spotChecksFalse: 1, spotCheckTrueRate: 0.5 });
  });

  it('keeps the catalogue whole: unique keys, a 口径 for each, formulas over known counters', () => {
    const keys = FIGURES.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    const counters = new Set<string>([...FLOW_COUNTER_KEYS, ...STOCK_COUNTER_KEYS]);
    for (const f of FIGURES) {
      expect(f.label.length).toBeGreaterThan(1);
      expect(f.definition.length).toBeGreaterThan(10);
      for (const k of evidenceKeys(f)) expect(counters.has(k)).toBe(true);
    }
  });
});
