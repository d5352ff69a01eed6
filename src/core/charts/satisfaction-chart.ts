import type { EChartsOption } from 'echarts';
import type { FiguresView } from '../figures/figures.model';
import { baseOption, categoryAxisStyle, topSpace, valueAxisStyle, type ChartOptions } from './chart-format';
import { AUTO_CLOSED_COLOR, chartColor, SATISFACTION_COLORS } from './chart-palette';

const AUTO_CLOSED_LABEL = '自动关闭';

/**
 * The 5-level distribution of first ratings (figures.get), each level in its colour with its
 * count and share. Auto-closed demands have no rating: they stand apart in their own grey plot
 * on the right, on the same scale, and never enter the shares.
 */
export const satisfactionChart = (view: Pick<FiguresView, 'satisfaction'>, opts: ChartOptions = {}): EChartsOption => {
  const { labels, values, autoClosed, closedUnresolved } = view.satisfaction;
  const rated = values.reduce((s, v) => s + v, 0);
  const share = (v: number) => (rated > 0 ? `${Math.round((v / rated) * 1000) / 10}%` : '');
  const unresolved = closedUnresolved > 0 ? `；经区科经委裁定未解决关闭 ${closedUnresolved} 件` : '';
  const subtitle = `首次评价 ${rated} 件；超期未评价自动关闭 ${autoClosed} 件，不计入评价${unresolved}`;
  // Room above the tallest bar for its two-line label.
  const top = topSpace(opts, subtitle, false) + 8;
  const max = Math.ceil(Math.max(1, autoClosed, ...values) * 1.3);
  const valueAxis = { type: 'value' as const, max, minInterval: 1, ...valueAxisStyle, axisLabel: { ...valueAxisStyle.axisLabel, showMaxLabel: false } };
  const label = (formatter: string) => ({ show: true, position: 'top' as const, fontSize: 11, color: chartColor.text, formatter });
  return {
    ...baseOption(opts, subtitle),
    tooltip: { trigger: 'item', confine: true },
    grid: [
      { top, left: 8, right: '24%', bottom: 8 },
      { top, left: '80%', right: 8, bottom: 8 },
    ],
    xAxis: [
      { type: 'category', gridIndex: 0, data: labels, ...categoryAxisStyle, axisLabel: { ...categoryAxisStyle.axisLabel, interval: 0, fontSize: 10 } },
      { type: 'category', gridIndex: 1, data: [AUTO_CLOSED_LABEL], ...categoryAxisStyle, axisLabel: { ...categoryAxisStyle.axisLabel, interval: 0, fontSize: 10, color: chartColor.axis } },
    ],
    yAxis: [
      { ...valueAxis, gridIndex: 0 },
      { ...valueAxis, gridIndex: 1, axisLabel: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: '首次评价',
        xAxisIndex: 0,
        yAxisIndex: 0,
        barMaxWidth: 32,
        data: values.map((v, i) => ({ value: v, itemStyle: { color: SATISFACTION_COLORS[i] }, label: label(rated > 0 ? `${v}\n${share(v)}` : `${v}`) })),
      },
      {
        type: 'bar',
        name: '超期未评价自动关闭（不计入评价）',
        xAxisIndex: 1,
        yAxisIndex: 1,
        barMaxWidth: 32,
        data: [{ value: autoClosed, itemStyle: { color: AUTO_CLOSED_COLOR }, label: label(`${autoClosed}`) }],
      },
    ],
  };
};

export const satisfactionIsEmpty = (view: Pick<FiguresView, 'satisfaction'>): boolean =>
  view.satisfaction.values.every((v) => v === 0) && view.satisfaction.autoClosed === 0;
