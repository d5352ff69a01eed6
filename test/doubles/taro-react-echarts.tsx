/**
 * jsdom has no canvas: page tests draw the option the page passes with the real ECharts, as SVG
 * (its server-side renderer), so a test reads the words the chart shows. Drawing on the device's
 * canvas is covered by the Chromium flows.
 */
import * as echarts from 'echarts';

interface EChartProps {
  option: echarts.EChartsOption;
  style?: { height?: string };
}

// A page re-renders its charts with equal options many times; drawing is the slow part.
const drawn = new Map<string, string>();

const draw = (option: echarts.EChartsOption, height: number): string => {
  const key = `${height}|${JSON.stringify(option)}`;
  if (!drawn.has(key)) {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 375, height });
    chart.setOption({ ...option, animation: false });
    drawn.set(key, chart.renderToSVGString());
    chart.dispose();
  }
  return drawn.get(key)!;
};

export default function EChart({ option, style }: EChartProps) {
  return <div className='echart-svg' dangerouslySetInnerHTML={{ __html: draw(option, parseInt(style?.height ?? '240', 10)) }} />;
}
