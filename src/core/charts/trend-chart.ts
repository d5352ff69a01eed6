import type { EChartsOption, LineSeriesOption } from 'echarts';
import type { TrendView } from '../figures/figures.model';
import { baseOption, categoryAxisStyle, chartValue, legendTop, topSpace, valueAxisStyle, valueText, type ChartOptions } from './chart-format';
import { chartColor } from './chart-palette';

export interface TrendChartOptions extends ChartOptions {
  /** Which of the view's series to draw (all when left out), in this order. */
  keys?: readonly string[];
}

/**
 * Monthly trend lines (figures.trend). Counts, days and averages share the left axis; rates
 * go on a right axis in percent, so a 0–100% line is not flattened by counts in the hundreds.
 * A month without a value (no denominator, no snapshot) is a gap, never a zero.
 */
export const trendChart = (view: TrendView, opts: TrendChartOptions = {}): EChartsOption => {
  const series = opts.keys ? opts.keys.flatMap((k) => view.series.filter((s) => s.key === k)) : view.series;
  const hasRates = series.some((s) => s.unit === 'ratio');
  const hasOthers = series.some((s) => s.unit !== 'ratio');
  const rateAxis = hasOthers && hasRates ? 1 : 0;
  const valueAxes = [
    ...(hasOthers ? [{ type: 'value' as const, minInterval: 1, ...valueAxisStyle }] : []),
    ...(hasRates ? [{ type: 'value' as const, min: 0, max: 100, axisLabel: { ...valueAxisStyle.axisLabel, formatter: '{value}%' }, splitLine: { show: !hasOthers, ...valueAxisStyle.splitLine }, axisLine: { show: false } }] : []),
  ];
  return {
    ...baseOption(opts),
    legend: { type: 'scroll', top: legendTop(opts), left: 'center', itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11, color: chartColor.text } },
    tooltip: { trigger: 'axis', confine: true },
    grid: { top: topSpace(opts, undefined, true) + 8, left: 8, right: 12, bottom: 8 },
    xAxis: { type: 'category', data: view.labels, boundaryGap: false, ...categoryAxisStyle },
    yAxis: valueAxes.length > 0 ? valueAxes : [{ type: 'value', ...valueAxisStyle }],
    series: series.map((s): LineSeriesOption => ({
      type: 'line',
      name: s.label,
      yAxisIndex: s.unit === 'ratio' ? rateAxis : 0,
      data: s.values.map((v) => chartValue(s.unit, v)),
      symbolSize: 5,
      connectNulls: false,
      tooltip: { valueFormatter: valueText(s.unit) },
    })),
  };
};

/** True when no drawn series has a single value: the page shows its empty state instead. */
export const trendIsEmpty = (view: TrendView, keys?: readonly string[]): boolean =>
  !view.series.some((s) => (!keys || keys.includes(s.key)) && s.values.some((v) => v != null && v !== 0));
