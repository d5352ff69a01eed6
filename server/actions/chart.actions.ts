import type { EChartsOption } from 'echarts';
import { CHART_VIEWERS } from '../../src/core/access/access.table';
import { chartRenderInput } from '../../src/core/contracts/chart.contracts';
import { defineAction } from '../runtime/define-action';
import { chartImage } from '../charts/chart-image';

/** The app's charts, drawn here as the bulletin's PDF draws them: ECharts stays out of the mini-program. */
const chartRender = defineAction({
  name: 'chart.render',
  roles: CHART_VIEWERS,
  input: chartRenderInput,
  writes: false,
  summary: '把图表配置绘制为 SVG 图片（与月通报 PDF 的图表同一画法）',
  handler: async ({ option, width, height }) => chartImage(option as EChartsOption, width, height),
});

export const chartActions = [chartRender];
