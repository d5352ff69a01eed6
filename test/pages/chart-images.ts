/**
 * Page tests draw the charts as the server does: `chart.render` answered by the server's own
 * drawing (ECharts' SVG renderer), so a test reads the words a chart image shows.
 */
import type { EChartsOption } from 'echarts';
import { chartImage } from '../../server/charts/chart-image';

export const renderChartAnswer = ({ option, width, height }: { option: object; width: number; height: number }) => chartImage(option as EChartsOption, width, height);

/** The chart image labelled `label` inside `scope`, decoded: its texts, after checking it is a well-formed SVG. */
export function chartTexts(scope: ParentNode, label: string): string[] {
  const image = scope.querySelector(`.chart img[aria-label="${label}"]`) as HTMLImageElement | null;
  if (!image) throw new Error(`no chart image labelled ${label}`);
  const [head, base64] = image.getAttribute('src')!.split(',');
  if (head !== 'data:image/svg+xml;base64') throw new Error(`chart ${label} is not an SVG data URI: ${head}`);
  const svg = new DOMParser().parseFromString(Buffer.from(base64, 'base64').toString('utf8'), 'image/svg+xml');
  if (svg.querySelector('parsererror') || svg.documentElement.nodeName !== 'svg') throw new Error(`chart ${label} is not well-formed SVG`);
  return [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
}
