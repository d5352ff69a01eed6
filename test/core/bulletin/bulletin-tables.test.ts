import { rankingView, figureValues, figuresView } from '@/core/figures/figure-views';
import { emptyFlow, emptyStock } from '@/core/figures/counters';
import { periodContaining, previousPeriod } from '@/core/figures/periods';
import { figuresTable, redFlagTable, stewardRankingTable, unitRankingTable } from '@/core/bulletin/bulletin-tables';

/** The bulletin's tables from hand-built figures: what each row says, in the words an office files. */
const period = periodContaining('month', '2026-11-01');
const values = (flow: object, stock: object = {}) => figureValues({ ...emptyFlow(), ...flow }, { ...emptyStock(), ...stock });

describe('the bulletin tables', () => {
  const units = rankingView('units', period, '2026-11-30', [
    { id: 'u1', name: '张江科学城', figures: values({ resolved: 4, resolveOnTime: 4 }) },
    { id: 'u2', name: '陆家嘴管理局', figures: values({ resolved: 4, resolveOnTime: 2, resolveLate: 2, secondBad: 1 }) },
    { id: 'u3', name: '唐镇', figures: values({}) },
  ]);

  it('ranks units with their score, components, flags and the formula as the 口径', () => {
    const table = unitRankingTable(units);
    expect(table.columns.map((c) => c.header)).toEqual(['名次', '单位', '综合得分', '按时办结率', '各环节综合按时率', '满意率', '按周期联系率', '按周期走访率', '红色预警']);
    expect(table.rows.map((r) => [r[0], r[1], r[3]])).toEqual([['1', '张江科学城', '100.0%'], ['2', '陆家嘴管理局', '50.0%'], ['未排名', '唐镇', '—']]);
    expect(table.rows[1][8]).toBe('二次差评 1 件（严重）');
    expect(table.note).toContain('综合得分 = 30 × 按时办结率');
  });

  it('lists every red flag once per unit and per steward, with its severity', () => {
    const stewards = rankingView('stewards', period, null, [{ id: 's1', name: '王敏', figures: values({ resolveOnTime: 1, secondBad: 1 }) }], { id: 'u2', name: '陆家嘴管理局' });
    const detail = { unitId: 'u2', name: '陆家嘴管理局', figures: figuresView({ slice: { dimension: 'unit', id: 'u2', name: '陆家嘴管理局' }, period, previousPeriod: previousPeriod(period), current: values({}), previous: values({}), stockDay: null, previousStockDay: null, autoClosed: 0, closedUnresolved: 0 }), stewards, stewardCount: 1 };
    expect(redFlagTable(units, [detail]).rows).toEqual([['陆家嘴管理局', '（单位合计）', '二次差评', '1 件', '严重'], ['陆家嘴管理局', '王敏', '二次差评', '1 件', '严重']]);
    expect(stewardRankingTable([detail]).rows.map((r) => r.slice(0, 3))).toEqual([['陆家嘴管理局', '1', '王敏']]);
    const figures = figuresTable(detail.figures);
    expect(figures.columns.map((c) => c.header).slice(2, 4)).toEqual(['2026年11月', '2026年10月']);
    expect(figures.rows.length).toBe(detail.figures.figures.length);
  });
});
