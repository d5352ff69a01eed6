import type { EChartsOption } from 'echarts';
import type { ChartImage } from '../../src/core/charts/chart-image';
import { invalid } from '../../src/core/errors';
import { chartSvg, DEVICE_FONTS } from './chart-svg';

/**
 * A chart for the app: the SVG as a data URI an <Image> shows. Base64 is made here, since the
 * mini-program has no btoa. An option ECharts refuses to draw is the caller's mistake, said so
 * in words, never a raw exception.
 */
export const chartImage = async (option: EChartsOption, width: number, height: number): Promise<ChartImage> => {
  let svg: string;
  try {
    svg = await chartSvg(option, width, height, DEVICE_FONTS);
  } catch {
    throw invalid('图表配置无法绘制，请刷新后重试');
  }
  return { image: `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`, width, height };
};
