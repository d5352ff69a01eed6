import type { EChartsOption } from 'echarts';

/**
 * A chart option drawn on the server as SVG with ECharts' server-side rendering (no DOM, no
 * canvas): the app's charts (`chart.render`) and the bulletin's PDF. Without a canvas ECharts can
 * only estimate text widths, and then hides category labels it fears would overlap; a chart
 * names every category, so they are kept. ECharts is loaded on the first chart, not when the
 * function starts.
 */
const everyLabel = (axis: unknown) => {
  const list = Array.isArray(axis) ? axis : axis ? [axis] : [];
  const shown = list.map((a) => (a.type === 'category' ? { ...a, axisLabel: { ...a.axisLabel, interval: 0 } } : a));
  return Array.isArray(axis) ? shown : shown[0];
};

/** Fonts a phone has: the SVG is drawn by the device, not here (the PDF embeds its own). Single quotes: ECharts writes the stack into a double-quoted style attribute. */
export const DEVICE_FONTS = "-apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans SC', sans-serif";

export const chartSvg = async (option: EChartsOption, width: number, height: number, fontFamily: string): Promise<string> => {
  const echarts = await import('echarts');
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, xAxis: everyLabel(option.xAxis), yAxis: everyLabel(option.yAxis), animation: false, textStyle: { ...(option.textStyle as object), fontFamily } });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
};
