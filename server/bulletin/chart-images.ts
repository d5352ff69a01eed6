import type { EChartsOption } from 'echarts';

/**
 * A chart option drawn on the server as SVG with ECharts' server-side rendering (no DOM, no
 * canvas), for documents. ECharts is loaded on the first chart, not when the function starts.
 */
export const chartSvg = async (option: EChartsOption, width: number, height: number, fontFamily: string): Promise<string> => {
  const echarts = await import('echarts');
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false, textStyle: { ...(option.textStyle as object), fontFamily } });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
};
