// The app's own ECharts build: only what src/core/charts draws (lines, bars, a grid, tooltip,
// legend, title) on canvas. The full package is ~1 MB minified; this keeps the one subpackage
// that draws charts well under its budget (`npm run bench` prints its size).
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
