import type { EChartsOption } from 'echarts';

/**
 * A chart option drawn on the server as SVG with ECharts' server-side rendering (no DOM, no
 * canvas): the app's charts (`chart.render`) and the bulletin's PDF. Without a canvas ECharts can
 * only estimate text widths, and then hides category labels it fears would overlap; a chart
 * names every category, so they are kept: always down a vertical axis (each bar has its row),
 * and along a horizontal one of up to 8 (a year of months at a phone's width would overlap, and
 * is left to ECharts to thin, as it did on the phone's canvas). An interval the option sets wins.
 * ECharts is loaded on the first chart, not when the function starts.
 */
const EVERY_LABEL_ALONG = 8;

const everyLabel = (axis: unknown, vertical: boolean) => {
  const list = Array.isArray(axis) ? axis : axis ? [axis] : [];
  const keep = (a: { type?: string; data?: unknown[]; axisLabel?: { interval?: unknown } }) =>
    a.type === 'category' && a.axisLabel?.interval === undefined && (vertical || (a.data?.length ?? 0) <= EVERY_LABEL_ALONG);
  const shown = list.map((a) => (keep(a) ? { ...a, axisLabel: { ...a.axisLabel, interval: 0 } } : a));
  return Array.isArray(axis) ? shown : shown[0];
};

/** Fonts a phone has: the SVG is drawn by the device, not here (the PDF embeds its own). Single quotes: ECharts writes the stack into a double-quoted style attribute. */
export const DEVICE_FONTS = "-apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans SC', sans-serif";

export const chartSvg = async (option: EChartsOption, width: number, height: number, fontFamily: string): Promise<string> => {
  const echarts = await import('echarts');
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, xAxis: everyLabel(option.xAxis, false), yAxis: everyLabel(option.yAxis, true), animation: false, textStyle: { ...(option.textStyle as object), fontFamily } });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
};
