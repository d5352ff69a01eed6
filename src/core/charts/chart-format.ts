import type { EChartsOption } from 'echarts';
import type { FigureUnit } from '../figures/figure-definition';
import { chartColor, SERIES_COLORS } from './chart-palette';

/** Rates arrive as 0–1; charts show percentages with one decimal, like the figures' text. */
export const asPercent = (value: number | null): number | null => (value == null ? null : Math.round(value * 1000) / 10);

/** A chart value in the figure's own terms: rates as percentages, the rest as they are (one decimal at most). */
export const chartValue = (unit: FigureUnit, value: number | null): number | null =>
  value == null ? null : unit === 'ratio' ? asPercent(value) : Math.round(value * 10) / 10;

const MEASURE: Record<FigureUnit, string> = { count: '', ratio: '%', average: '', days: ' 个工作日' };

/** How a tooltip reads a value: 96.2%, 12, —. */
export const valueText = (unit: FigureUnit) => (value: unknown): string =>
  typeof value === 'number' && Number.isFinite(value) ? `${value}${MEASURE[unit]}` : '—';

export interface ChartOptions {
  /** A title above the chart; pages leave it out (their card has one), documents set it. */
  title?: string;
  /** Off for images rendered once on the server. */
  animation?: boolean;
}

/** What every chart shares: the tokens' colours and type, a title only when asked for. */
export const baseOption = (opts: ChartOptions = {}, subtitle?: string): EChartsOption => ({
  color: SERIES_COLORS,
  animation: opts.animation ?? true,
  textStyle: { color: chartColor.text, fontSize: 12 },
  ...(opts.title || subtitle
    ? { title: { text: opts.title ?? '', subtext: subtitle ?? '', left: 'center', textStyle: { fontSize: 14, color: chartColor.text }, subtextStyle: { fontSize: 11, color: chartColor.axis } } }
    : {}),
});

/** Room above the plot for the title and the legend, which sit in that order. */
export const topSpace = (opts: ChartOptions, subtitle: string | undefined, legend: boolean): number =>
  // A subtitle without a title still sits under the title's (empty) line and its gap.
  8 + (opts.title ? 22 : 0) + (subtitle ? (opts.title ? 16 : 30) : 0) + (legend ? 28 : 0);

export const valueAxisStyle = {
  axisLabel: { color: chartColor.axis, fontSize: 11 },
  splitLine: { lineStyle: { color: chartColor.grid } },
  axisLine: { show: false },
};

export const categoryAxisStyle = {
  axisLabel: { color: chartColor.text, fontSize: 11 },
  axisLine: { lineStyle: { color: chartColor.line } },
  axisTick: { show: false },
};
