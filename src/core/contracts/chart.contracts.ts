import * as z from 'zod';
import { deferred, once } from './common.contracts';
import { CHART_LIMITS, CHART_SERIES_TYPES } from '../charts/chart-image';

/** Input of `chart.render`: an option from src/core/charts, as JSON carries it, and the size to draw it at. */

const { width, height, optionChars } = CHART_LIMITS;

const size = (what: string, limits: { min: number; max: number }) =>
  z
    .number({ error: `缺少图表${what}` })
    .int({ error: `图表${what}应为整数` })
    .min(limits.min, { error: `图表${what}不能小于 ${limits.min}` })
    .max(limits.max, { error: `图表${what}不能大于 ${limits.max}` });

const seriesTypes = (option: Record<string, unknown>): unknown[] => {
  const series = option.series;
  const list = Array.isArray(series) ? series : series == null ? [] : [series];
  return list.map((s) => (s && typeof s === 'object' ? (s as { type?: unknown }).type : undefined));
};

const chartOption = once(() => z
  .record(z.string(), z.unknown(), { error: '图表配置应为对象' })
  .refine((option) => JSON.stringify(option).length <= optionChars, { error: `图表配置过大（不超过 ${optionChars / 1024} KB）` })
  .refine((option) => seriesTypes(option).every((type) => (CHART_SERIES_TYPES as readonly unknown[]).includes(type)), {
    error: `图表只支持${CHART_SERIES_TYPES.map((t) => (t === 'line' ? '折线图' : '柱状图')).join('和')}`,
  }));

export const chartRenderInput = deferred(() => z.object({ option: chartOption(), width: size('宽度', width), height: size('高度', height) }));
