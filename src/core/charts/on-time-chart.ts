import type { BarSeriesOption, EChartsOption } from 'echarts';
import { figure } from '../figures/figure-catalogue';
import type { RankingView } from '../figures/figures.model';
import { asPercent, baseOption, categoryAxisStyle, legendTop, topSpace, valueAxisStyle, valueText, type ChartOptions } from './chart-format';
import { chartColor } from './chart-palette';
import { compareChinese } from '../text/chinese-order';

/** The department's own stages: contact within 1 working day, resolve within 5/15. */
export const DEPARTMENT_ON_TIME_FIGURES = ['contactOnTimeRate', 'resolveOnTimeRate'] as const;

export interface OnTimeChartOptions extends ChartOptions {
  /** Rate figures to draw side by side per department; the first orders the bars. */
  keys?: readonly string[];
}

/**
 * On-time rates by department (figures.ranking of departments): one bar per rate, departments
 * ordered by the first rate, best at the top. A department with nothing due in the period has
 * no rate (no denominator): it is left out and counted in the note, never drawn as 0%.
 */
export const onTimeChart = (view: RankingView, opts: OnTimeChartOptions = {}): EChartsOption => {
  const keys = opts.keys ?? DEPARTMENT_ON_TIME_FIGURES;
  const rows = onTimeRows(view, keys);
  const left = view.rows.length - rows.length;
  const subtitle = left > 0 ? `另有 ${left} 个部门本期没有到期的环节` : undefined;
  const series = keys.map((key): BarSeriesOption => ({
    type: 'bar',
    name: figure(key).label,
    data: rows.map((r) => asPercent(r.figures[key] ?? null)),
    barMaxWidth: 10,
    barGap: '20%',
    tooltip: { valueFormatter: valueText('ratio') },
  }));
  return {
    ...baseOption(opts, subtitle),
    legend: { top: legendTop(opts, subtitle), left: 'center', itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11, color: chartColor.text } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    grid: { top: topSpace(opts, subtitle, true), left: 8, right: 16, bottom: 4 },
    xAxis: { type: 'value', min: 0, max: 100, ...valueAxisStyle, axisLabel: { ...valueAxisStyle.axisLabel, formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.name),
      ...categoryAxisStyle,
      axisLabel: { ...categoryAxisStyle.axisLabel, width: 120, overflow: 'truncate' },
    },
    series,
  };
};

/** The departments with a rate, ordered by the first: the bars `onTimeChart` draws. */
export const onTimeRows = (view: RankingView, keys: readonly string[] = DEPARTMENT_ON_TIME_FIGURES) => {
  const first = (r: RankingView['rows'][number]) => r.figures[keys[0]] ?? -1;
  return view.rows
    .filter((r) => keys.some((k) => r.figures[k] != null))
    .sort((a, b) => first(b) - first(a) || compareChinese(a.name, b.name));
};

export const onTimeIsEmpty = (view: RankingView, keys: readonly string[] = DEPARTMENT_ON_TIME_FIGURES): boolean => onTimeRows(view, keys).length === 0;
