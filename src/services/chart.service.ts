import type { EChartsOption } from 'echarts';
import type { ChartImage } from '@/core/charts/chart-image';
import { action } from './action';

const render = action('chart.render');

/** What identifies a drawing: the option as it travels (JSON drops its functions) and the size. */
export const chartKey = (option: EChartsOption, width: number, height: number) => `${width}x${height}|${JSON.stringify(option)}`;

/**
 * Charts drawn in this session, newest last. A screen drawn again with the same figures (a
 * period chosen again, a page opened again) asks the cloud nothing; a failed drawing is
 * forgotten, so trying again asks again.
 */
const drawn = new Map<string, Promise<ChartImage>>();
const KEEP = 40;

/** One chart as an SVG image the server draws (`chart.render`): ECharts never ships in the app. */
export const renderChart = (option: EChartsOption, width: number, height: number): Promise<ChartImage> => {
  const key = chartKey(option, width, height);
  const known = drawn.get(key);
  if (known) return known;
  const image = render({ option: option as Record<string, unknown>, width, height });
  drawn.set(key, image);
  image.catch(() => drawn.delete(key));
  if (drawn.size > KEEP) drawn.delete(drawn.keys().next().value!);
  return image;
};
