import * as echarts from 'echarts';
import { AUTO_CLOSED_COLOR, onTimeChart, onTimeIsEmpty, rankingBars, rankingChart, satisfactionChart, satisfactionIsEmpty, SATISFACTION_COLORS, trendChart, trendIsEmpty } from '@/core/charts';
import type { RankingRow } from '@/core/bulletin/ranking';
import { rankingView, trendView } from '@/core/figures/figure-views';
import { periodContaining } from '@/core/figures/periods';
import type { FiguresView } from '@/core/figures/figures.model';

/** Hand-built views, made by the same pure functions the figures actions answer with. */
const district = { dimension: 'district' as const, id: 'all', name: '浦东新区' };
const months = ['2025-11', '2025-12', '2026-01'];
const trend = trendView(district, months, [
  { received: 12, resolveOnTimeRate: 0.9, satisfiedRate: null },
  { received: 20, resolveOnTimeRate: 0.75, satisfiedRate: 0.8 },
  { received: 7, resolveOnTimeRate: 0.8333, satisfiedRate: 1 },
], ['received', 'resolveOnTimeRate', 'satisfiedRate']);

const full = { resolveOnTimeRate: 0.9, stageOnTimeRate: 0.8, satisfiedRate: 0.95, rated: 20, contactCoverageRate: 0.9, visitCoverageRate: 0.7, contactOnTimeRate: 1 };
const row = (id: string, name: string, figures: RankingRow['figures']): RankingRow => ({ id, name, figures });
const period = periodContaining('month', '2025-12-10');
const units = rankingView('units', period, '2025-12-31', [
  row('z03', '金桥管理局', { ...full, resolveOnTimeRate: 0.5 }),
  row('z01', '陆家嘴管理局', full),
  row('t01', '川沙新镇', {}),
]);
const departments = rankingView('departments', period, null, [
  row('dept-01', '区科经委', { ...full, contactOnTimeRate: 0.6, resolveOnTimeRate: 0.95 }),
  row('dept-02', '区税务局', { ...full, contactOnTimeRate: 1, resolveOnTimeRate: 0.5 }),
  row('dept-03', '区规划资源局', {}),
]);
const satisfaction: Pick<FiguresView, 'satisfaction'> = { satisfaction: { labels: ['非常满意', '满意', '基本满意', '不满意', '非常不满意'], values: [6, 3, 1, 0, 2], autoClosed: 4, closedUnresolved: 1 } };

type Series = Array<{ name: string; data: unknown[]; yAxisIndex?: number; xAxisIndex?: number }>;
const seriesOf = (option: echarts.EChartsOption) => option.series as Series;

/** Draws an option as ECharts does on the server (SVG): the option is valid and its words are on the picture. */
const drawn = (option: echarts.EChartsOption, width = 375, height = 300): string => {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
};

describe('trend chart', () => {
  it('draws one line per series, rates in percent on their own axis, a month without a value as a gap', () => {
    const option = trendChart(trend);
    expect(seriesOf(option).map((s) => [s.name, s.yAxisIndex, s.data])).toEqual([
      ['受理诉求', 0, [12, 20, 7]],
      ['按时办结率', 1, [90, 75, 83.3]],
      ['满意率', 1, [null, 80, 100]],
    ]);
    expect(option.xAxis).toMatchObject({ data: ['2025年11月', '12月', '2026年1月'] });
    expect((option.yAxis as Array<{ max?: number }>)[1].max).toBe(100);
  });

  it('draws only the asked series, on one axis when they are all rates', () => {
    const option = trendChart(trend, { keys: ['satisfiedRate', 'resolveOnTimeRate'] });
    expect(seriesOf(option).map((s) => [s.name, s.yAxisIndex])).toEqual([['满意率', 0], ['按时办结率', 0]]);
    expect(option.yAxis).toHaveLength(1);
  });

  it('is empty when no drawn series has a value', () => {
    expect(trendIsEmpty(trend)).toBe(false);
    expect(trendIsEmpty(trendView(district, months, [{}, { received: 0 }, {}], ['received', 'satisfiedRate']))).toBe(true);
  });

  it('renders with its Chinese labels', () => {
    const svg = drawn(trendChart(trend, { title: '月度趋势' }));
    for (const word of ['月度趋势', '受理诉求', '按时办结率', '2025年11月', '100%']) expect(svg).toContain(word);
  });
});

describe('ranking chart', () => {
  it('draws ranked rows best first with rank and score, and counts the unranked apart', () => {
    const option = rankingChart(units);
    expect((option.yAxis as { data: string[]; inverse: boolean })).toMatchObject({ inverse: true, data: ['1. 陆家嘴管理局', '2. 金桥管理局'] });
    expect(seriesOf(option)[0].data).toEqual([units.rows[0].score, units.rows[1].score]);
    expect(units.rows[0].score).toBeGreaterThan(units.rows[1].score!);
    expect(option.title).toMatchObject({ text: '另有 1 个无数据，不参与排名' });
    expect(rankingChart(units, { title: '单位排名' }).title).toMatchObject({ text: '单位排名', subtext: '另有 1 个无数据，不参与排名' });
    expect(rankingBars(units)).toBe(2);
  });

  it('keeps the first N', () => {
    expect(seriesOf(rankingChart(units, { top: 1 }))[0].data).toHaveLength(1);
    expect(drawn(rankingChart(units))).toContain('陆家嘴管理局');
  });
});

describe('satisfaction distribution', () => {
  it('colours the five levels and shows auto-closed apart in grey, outside the shares, and names demands closed unresolved', () => {
    const option = satisfactionChart(satisfaction);
    const [levels, auto] = seriesOf(option) as unknown as Array<{ xAxisIndex: number; data: Array<{ value: number; itemStyle: { color: string }; label: { formatter: string } }> }>;
    expect(levels.data.map((d) => [d.value, d.itemStyle.color])).toEqual([6, 3, 1, 0, 2].map((v, i) => [v, SATISFACTION_COLORS[i]]));
    // Shares of the 12 first ratings; the 4 auto-closed are not in the denominator.
    expect(levels.data.map((d) => d.label.formatter)).toEqual(['6\n50%', '3\n25%', '1\n8.3%', '0\n0%', '2\n16.7%']);
    expect(auto).toMatchObject({ xAxisIndex: 1, data: [{ value: 4, itemStyle: { color: AUTO_CLOSED_COLOR } }] });
    expect(option.title).toMatchObject({ text: '首次评价 12 件；超期未评价自动关闭 4 件，不计入评价；经区科经委裁定未解决关闭 1 件' });
  });

  it('is empty with no rating and nothing auto-closed, and renders its labels', () => {
    expect(satisfactionIsEmpty(satisfaction)).toBe(false);
    expect(satisfactionIsEmpty({ satisfaction: { ...satisfaction.satisfaction, values: [0, 0, 0, 0, 0], autoClosed: 0 } })).toBe(true);
    const svg = drawn(satisfactionChart(satisfaction));
    for (const word of ['非常满意', '非常不满意', '自动关闭']) expect(svg).toContain(word);
  });
});

describe('on-time rates by department', () => {
  it('draws contact and resolve rates per department, ordered by the first; a department with nothing due is counted apart, not drawn as 0%', () => {
    const option = onTimeChart(departments);
    expect((option.yAxis as { data: string[] }).data).toEqual(['区税务局', '区科经委']);
    expect(seriesOf(option).map((s) => [s.name, s.data])).toEqual([
      ['部门联系按时率', [100, 60]],
      ['按时办结率', [50, 95]],
    ]);
    expect(option.title).toMatchObject({ text: '另有 1 个部门本期没有到期的环节' });
  });

  it('orders by the rate asked first; is empty when no department has a rate', () => {
    expect((onTimeChart(departments, { keys: ['resolveOnTimeRate'] }).yAxis as { data: string[] }).data[0]).toBe('区科经委');
    expect(onTimeIsEmpty(departments)).toBe(false);
    expect(onTimeIsEmpty(rankingView('departments', period, null, [row('dept-03', '区规划资源局', {})]))).toBe(true);
    expect(drawn(onTimeChart(departments))).toContain('部门联系按时率');
  });
});
