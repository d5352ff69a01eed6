import type { EChartsOption } from 'echarts';
import type { FiguresView, RankingView, TrendView } from '../figures/figures.model';

/**
 * The bulletin's three charts as ECharts options, drawn the same on a screen and, rendered on the
 * server to SVG, in the printable document: the units' composite scores, the satisfaction
 * distribution of first ratings, and the district's last months. Minimal builders until the
 * shared chart builders (src/core/charts) land; the options use no colour the theme lacks.
 */
const FONT = { fontFamily: 'sans-serif', fontSize: 11 };
const title = (text: string) => ({ text, left: 'center', top: 4, textStyle: { fontSize: 13, fontWeight: 'bold' as const } });

/** Units by composite score, best on top; units without data are left out and said so. */
export const unitScoreChart = (units: RankingView): EChartsOption => {
  const ranked = units.rows.filter((r) => r.score !== null);
  const left = units.rows.length - ranked.length;
  return {
    animation: false,
    textStyle: FONT,
    title: { ...title('各单位综合得分'), ...(left ? { subtext: `另有 ${left} 个单位本期无数据，不参与排名`, subtextStyle: { fontSize: 10 } } : {}) },
    grid: { top: left ? 48 : 32, left: 8, right: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: { type: 'category', inverse: true, data: ranked.map((r) => `${r.rank}. ${r.name}`), axisLabel: { fontSize: 10 } },
    series: [{ type: 'bar', name: '综合得分', data: ranked.map((r) => r.score), barMaxWidth: 12, label: { show: true, position: 'right', fontSize: 9, color: 'inherit', textBorderWidth: 0 } }],
  };
};

/** The 5-level distribution of first ratings; auto-closed demands beside it, never among them. */
export const satisfactionChart = (view: FiguresView): EChartsOption => ({
  animation: false,
  textStyle: FONT,
  title: { ...title('企业首次评价分布'), subtext: `超期未评价自动关闭 ${view.satisfaction.autoClosed} 件（单列，不计入满意）`, subtextStyle: { fontSize: 10 } },
  grid: { top: 56, left: 8, right: 16, bottom: 8, containLabel: true },
  xAxis: { type: 'category', data: view.satisfaction.labels },
  yAxis: { type: 'value', minInterval: 1, name: '件' },
  series: [{ type: 'bar', data: view.satisfaction.values, barMaxWidth: 36, label: { show: true, position: 'top' } }],
});

const RATE_SERIES = new Set(['ratio']);

/** Counts on the left axis, rates (as %) on the right, one line per series. */
export const trendChart = (view: TrendView): EChartsOption => ({
  animation: false,
  textStyle: FONT,
  title: title('全区近几个月走势'),
  legend: { top: 24, itemWidth: 14, textStyle: { fontSize: 10 } },
  grid: { top: 72, left: 8, right: 8, bottom: 8, containLabel: true },
  xAxis: { type: 'category', data: view.labels },
  yAxis: [
    { type: 'value', name: '件', minInterval: 1 },
    { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } },
  ],
  series: view.series.map((s) => ({
    type: 'line',
    name: s.label,
    yAxisIndex: RATE_SERIES.has(s.unit) ? 1 : 0,
    data: s.values.map((v) => (v === null ? null : RATE_SERIES.has(s.unit) ? Math.round(v * 1000) / 10 : v)),
    connectNulls: false,
  })),
});
