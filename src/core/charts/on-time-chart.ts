import type { BarSeriesOption, EChartsOption } from 'echarts';
import { figure } from '../figures/figure-catalogue';
import type { RankingView } from '../figures/figures.model';
import { asPercent, baseOption, categoryAxisStyle, topSpace, valueAxisStyle, valueText, type ChartOptions } from './chart-format';
import { chartColor } from './chart-palette';

/** The department's own stages: contact within 1 working day, resolve within 5/15. */
export const DEPARTMENT_ON_TIME_FIGURES = ['contactOnTimeRate', 'resolveOnTimeRate'] as const;

export interface OnTimeChartOptions extends ChartOptions {
  /** Rate figures to draw side by side per department; the first orders the bars. */
  keys?: readonly string[];
}

/**
 * On-time rates by department (figures.ranking of departments): one bar per rate, departments
 * ordered by the first rate, best at the top; a department with nothing due has no bar (its
 * rate has no denominator) and its label says 无数据.
 */
export const onTimeChart = (view: RankingView, opts: OnTimeChartOptions = {}): EChartsOption => {
  const keys = opts.keys ?? DEPARTMENT_ON_TIME_FIGURES;
  const first = (r: RankingView['rows'][number]) => r.figures[keys[0]] ?? -1;
  const rows = [...view.rows].sort((a, b) => first(b) - first(a) || a.name.localeCompare(b.name, 'zh-Hans-CN'));
  const series = keys.map((key): BarSeriesOption => ({
    type: 'bar',
    name: figure(key).label,
    data: rows.map((r) => asPercent(r.figures[key] ?? null)),
    barMaxWidth: 10,
    barGap: '20%',
    tooltip: { valueFormatter: valueText('ratio') },
  }));
  const noData = (r: RankingView['rows'][number]) => keys.every((k) => r.figures[k] == null);
  return {
    ...baseOption(opts),
    legend: { top: opts.title ? 26 : 4, left: 'center', itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11, color: chartColor.text } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    grid: { top: topSpace(opts, undefined, true), left: 8, right: 16, bottom: 4 },
    xAxis: { type: 'value', min: 0, max: 100, ...valueAxisStyle, axisLabel: { ...valueAxisStyle.axisLabel, formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => (noData(r) ? `${r.name}（无数据）` : r.name)),
      ...categoryAxisStyle,
      axisLabel: { ...categoryAxisStyle.axisLabel, width: 120, overflow: 'truncate' },
    },
    series,
  };
};

export const onTimeIsEmpty = (view: RankingView, keys: readonly string[] = DEPARTMENT_ON_TIME_FIGURES): boolean =>
  view.rows.every((r) => keys.every((k) => r.figures[k] == null));
