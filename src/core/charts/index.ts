/**
 * Chart option builders: plain ECharts options from the figures views, with no platform code,
 * so the app draws them on canvas and the server renders the same charts as images for the
 * bulletin's documents. Each is `(view, opts?) => EChartsOption`.
 */
export { trendChart, trendIsEmpty, type TrendChartOptions } from './trend-chart';
export { rankingChart, rankingBars, barChartHeight, type RankingChartOptions } from './ranking-chart';
export { satisfactionChart, satisfactionIsEmpty } from './satisfaction-chart';
export { onTimeChart, onTimeIsEmpty, onTimeRows, DEPARTMENT_ON_TIME_FIGURES, type OnTimeChartOptions } from './on-time-chart';
export type { ChartOptions } from './chart-format';
export { CHART_TOKENS, SERIES_COLORS, SATISFACTION_COLORS, AUTO_CLOSED_COLOR } from './chart-palette';
