import { View, Text } from '@tarojs/components';
import type { EChartsOption } from 'echarts';
import EChart from 'taro-react-echarts';
import { ChartBoundary } from './chart-boundary';
import { echarts } from './echarts-lite';
import './chart.scss';

interface ChartProps {
  /** An option from src/core/charts. */
  option: EChartsOption;
  /** CSS px; the width is the card's. */
  height: number;
  /** What the chart shows, for screen readers and tests, e.g. 按月趋势. */
  label: string;
  /** Nothing to draw: this text instead of an empty grid. */
  emptyText?: string;
}

/**
 * One chart from an option, drawn by ECharts on a 2d canvas in the mini-program and on a
 * canvas in H5 (taro-react-echarts picks the way). Only the subpackages that import this carry
 * ECharts; the main package never does.
 */
export function Chart({ option, height, label, emptyText }: ChartProps) {
  if (emptyText) return <Text className='card-hint chart__empty'>{emptyText}</Text>;
  return (
    <View className='chart' role='img' aria-label={label}>
      <ChartBoundary>
        {/* Charts mount after their data, when the page's onReady is long past: not a page-level canvas. */}
        <EChart echarts={echarts} option={option} isPage={false} style={{ height: `${height}px` }} />
      </ChartBoundary>
    </View>
  );
}
