import { Button, Image, Text, View } from '@tarojs/components';
import type { EChartsOption } from 'echarts';
import { APP_CHART_WIDTH } from '@/core/charts/chart-image';
import { useAsyncData } from '@/hooks/use-async-data';
import { chartKey, renderChart } from '@/services/chart.service';
import './chart.scss';

interface ChartProps {
  /** An option from src/core/charts. */
  option: EChartsOption;
  /** CSS px at a 360 px wide card; the image scales with the card's width. */
  height: number;
  /** What the chart shows, for screen readers and tests, e.g. 按月趋势. */
  label: string;
  /** Nothing to draw: this text instead of an empty grid. */
  emptyText?: string;
  /** Show the label above the chart: for several charts in one card, where no card title names each. */
  captioned?: boolean;
}

/**
 * One chart from an option, drawn by the server as SVG (the same drawing as the bulletin's PDF)
 * and shown as an image as wide as its card. The mini-program carries no chart library.
 */
export function Chart({ option, height, label, emptyText, captioned }: ChartProps) {
  const drawn = emptyText ? <Text className='card-hint chart__empty'>{emptyText}</Text> : <DrawnChart option={option} height={height} label={label} />;
  if (!captioned) return drawn;
  return (
    <View className='chart-captioned'>
      <Text className='chart__caption'>{label}</Text>
      {drawn}
    </View>
  );
}

function DrawnChart({ option, height, label }: Omit<ChartProps, 'emptyText' | 'captioned'>) {
  const { state, reload } = useAsyncData(() => renderChart(option, APP_CHART_WIDTH, height), chartKey(option, APP_CHART_WIDTH, height));
  return (
    <View className={`chart chart--${state.status}`} data-label={label}>
      {state.status === 'ready' ? (
        <Image className='chart__image' mode='widthFix' src={state.data.image} aria-label={label} />
      ) : state.status === 'error' ? (
        // Same height as the chart: the figures below do not jump when it is drawn after a retry.
        <View className='chart__failed' style={{ minHeight: `${height}px` }}>
          <Text className='card-hint card-hint--alert'>{`${label}未能显示：${state.error.message}`}</Text>
          <Button className='chart__retry retry-button' size='mini' onClick={() => void reload()}>
            重试
          </Button>
        </View>
      ) : (
        <View className='chart__placeholder' style={{ height: `${height}px` }}>
          <Text className='card-hint'>图表绘制中…</Text>
        </View>
      )}
    </View>
  );
}
