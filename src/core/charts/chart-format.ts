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

/** What every chart shares: the tokens' colours and type; a title and a note above the plot only when there are any. */
export const baseOption = (opts: ChartOptions = {}, subtitle?: string): EChartsOption => {
  const note = { fontSize: 11, fontWeight: 'normal' as const, color: chartColor.axis };
  const heading = opts.title
    ? { text: opts.title, subtext: subtitle ?? '', textStyle: { fontSize: 14, color: chartColor.text }, subtextStyle: note }
    : subtitle ? { text: subtitle, textStyle: note } : null;
  return {
    color: SERIES_COLORS,
    animation: opts.animation ?? true,
    textStyle: { color: chartColor.text, fontSize: 12 },
    ...(heading ? { title: { ...heading, left: 'center', top: 0, padding: [2, 4], itemGap: 4 } } : {}),
  };
};

/** Room above the plot for the title, its note and the legend, which sit in that order. */
export const topSpace = (opts: ChartOptions, subtitle: string | undefined, legend: boolean): number =>
  8 + (opts.title ? 22 : 0) + (subtitle ? 18 : 0) + (legend ? 26 : 0);

/** Where a legend goes: under the title and its note. */
export const legendTop = (opts: ChartOptions, subtitle?: string): number => topSpace(opts, subtitle, false) - 4;


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
