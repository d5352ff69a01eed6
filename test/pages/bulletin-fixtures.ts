import type { BulletinSummaryView, BulletinView } from '@/core/bulletin/bulletin.model';
import { firstStewardPage } from '@/core/bulletin/steward-lines';
import { emptyFlow, emptyStock } from '@/core/figures/counters';
import { figureValues, figuresView, rankingView, trendView } from '@/core/figures/figure-views';
import { periodContaining, previousPeriod } from '@/core/figures/periods';

/** A small November bulletin built with the same core views the server freezes. */
const period = periodContaining('month', '2026-11-01');
const values = (flow: object, stock: object = {}) => figureValues({ ...emptyFlow(), ...flow }, { ...emptyStock(), ...stock });
const current = values({ received: 12, resolved: 9, resolveOnTime: 8, resolveLate: 1 }, { enterprises: 30, contactWithinCadence: 27 });
const slice = { dimension: 'district' as const, id: 'all', name: '全区' };

export const unitsRanking = rankingView('units', period, '2026-11-30', [
  { id: 'unit-z01', name: '陆家嘴管理局', figures: values({ resolved: 4, resolveOnTime: 4 }) },
  { id: 'unit-z02', name: '张江科学城', figures: values({ resolved: 5, resolveOnTime: 4, resolveLate: 1, secondBad: 1 }) },
]);

export const bulletinSummary = (overrides: Partial<BulletinSummaryView> = {}): BulletinSummaryView => ({
  id: 'bulletin-2026-11', month: '2026-11', title: '浦东新区重点企业服务管家工作月通报 2026年11月', status: 'draft', version: 1,
  generatedAt: '2026-12-01T00:30:00.000Z', flaggedUnits: 1, seriousUnits: 1, ...overrides,
});

export const bulletinView = (overrides: Partial<BulletinView> = {}): BulletinView => ({
  ...bulletinSummary(),
  summary: '11月全区共受理诉求 12 件，办结 9 件，按时办结率 88.9%。',
  generatedSummary: '11月全区共受理诉求 12 件，办结 9 件，按时办结率 88.9%。',
  remarks: '',
  district: figuresView({ slice, period, previousPeriod: previousPeriod(period), current, previous: values({}), stockDay: '2026-11-30', previousStockDay: null, autoClosed: 0, closedUnresolved: 0 }),
  units: unitsRanking,
  trend: trendView(slice, ['2026-10', '2026-11'], [values({}), current]),
  interviews: [{ id: 'unit-z02', name: '张江科学城', reasons: ['严重预警：二次差评 1 件'] }],
  unitDetails: [],
  ...overrides,
});

export const unitDetail = (unitId: string, name: string) => ({
  unitId, name,
  figures: figuresView({ slice: { dimension: 'unit', id: unitId, name }, period, previousPeriod: previousPeriod(period), current: values({ received: 5 }), previous: values({}), stockDay: '2026-11-30', previousStockDay: null, autoClosed: 0, closedUnresolved: 0 }),
  stewards: rankingView('stewards', period, '2026-11-30', [{ id: 'u-steward-01', name: '白丽', figures: values({ resolved: 2, resolveOnTime: 2 }) }], { id: unitId, name }),
  stewardCount: 1,
});

/** A unit of `count` stewards as the server answers it: the first page in the detail, every line for `bulletin.stewards`. */
export const bigUnitDetail = (unitId: string, name: string, count: number) => {
  const stewards = rankingView('stewards', period, '2026-11-30', Array.from({ length: count }, (_, i) => ({ id: `s-${i}`, name: `管家${String(i).padStart(3, '0')}`, figures: values({ resolved: 10, resolveOnTime: 10 - (i % 10) }) })), { id: unitId, name });
  return { detail: { ...unitDetail(unitId, name), stewards: firstStewardPage(stewards), stewardCount: count }, lines: stewards.rows };
};
