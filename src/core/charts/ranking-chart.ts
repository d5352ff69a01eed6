import type { BarSeriesOption, EChartsOption } from 'echarts';
import type { RankingLine, RankingView } from '../figures/figures.model';
import { baseOption, categoryAxisStyle, topSpace, valueAxisStyle, type ChartOptions } from './chart-format';
import { chartColor } from './chart-palette';

export interface RankingChartOptions extends ChartOptions {
  /** Only the first N ranked rows (all ranked rows when left out). */
  top?: number;
  /** Rows not ranked, when `view.rows` is not the whole ranking (a kept ranking's top rows). */
  unranked?: number;
}

/** Height in px that gives each bar of a horizontal bar chart room for a readable label. */
export const barChartHeight = (bars: number, extra = 0): number => Math.max(160, 48 + extra + bars * 28);

const rankedRows = (view: RankingView<RankingLine>, top?: number) => {
  const ranked = view.rows.filter((r) => r.score != null);
  return top ? ranked.slice(0, top) : ranked;
};

/** How many bars `rankingChart` draws, for `barChartHeight`. */
export const rankingBars = (view: RankingView<RankingLine>, opts: RankingChartOptions = {}): number => rankedRows(view, opts.top).length;

/**
 * Units, stewards or departments by their composite score (figures.ranking), best at the top,
 * each bar labelled with its rank and score. Rows not ranked for lack of data are left out and
 * counted in the subtitle, so a missing bar is never read as a zero.
 */
export const rankingChart = (view: RankingView<RankingLine>, opts: RankingChartOptions = {}): EChartsOption => {
  const rows = rankedRows(view, opts.top);
  const unranked = opts.unranked ?? view.rows.length - view.rows.filter((r) => r.score != null).length;
  const subtitle = unranked > 0 ? `另有 ${unranked} 个无数据，不参与排名` : undefined;
  const bar: BarSeriesOption = {
    type: 'bar',
    name: '综合得分',
    data: rows.map((r) => r.score),
    barMaxWidth: 16,
    itemStyle: { color: chartColor.primary, borderRadius: [0, 3, 3, 0] },
    label: { show: true, position: 'right', fontSize: 11, color: chartColor.text },
  };
  return {
    ...baseOption(opts, subtitle),
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    grid: { top: topSpace(opts, subtitle, false) + 4, left: 8, right: 36, bottom: 4 },
    xAxis: { type: 'value', min: 0, max: 100, ...valueAxisStyle },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => `${r.rank}. ${r.name}`),
      ...categoryAxisStyle,
      axisLabel: { ...categoryAxisStyle.axisLabel, width: 110, overflow: 'truncate' },
    },
    series: [bar],
  };
};
