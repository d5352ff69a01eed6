import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { AsyncData } from '@/hooks/use-async-data';
import type { DemandCounts } from '@/core/demand/demand.model';
import { AsyncView } from '../async-view';
import { Card } from '../card';
import './demand-counts-card.scss';

export interface CountCell {
  key: string;
  label: string;
  value: (counts: DemandCounts) => number;
  /** Shown in red while above zero (overdue, waiting on the viewer). */
  alert?: boolean;
  url?: string;
}

interface DemandCountsCardProps {
  title: string;
  state: AsyncData<DemandCounts>;
  cells: CountCell[];
  onRetry: () => void;
  /** The full list. */
  listUrl?: string;
  className?: string;
}

const go = (url?: string) => (url ? () => void Taro.navigateTo({ url }) : undefined);

/** A role's demands at a glance: a few counts, each opening the list filtered to it. */
export function DemandCountsCard({ title, state, cells, onRetry, listUrl, className = '' }: DemandCountsCardProps) {
  const head = (
    <View className='demand-counts-card__head'>
      <Text onClick={go(listUrl)}>{title}</Text>
      {listUrl ? (
        <Text className='demand-counts-card__all link' onClick={go(listUrl)}>
          全部 ›
        </Text>
      ) : null}
    </View>
  );
  return (
    <Card className={`demand-counts-card ${className}`} title={head}>
      <AsyncView inline state={state} onRetry={onRetry}>
        {(counts) => (
          <View className='demand-counts-card__cells'>
            {cells.map((cell) => {
              const value = cell.value(counts);
              return (
                <View key={cell.key} className={`demand-count-cell demand-count-cell--${cell.key}${cell.alert && value > 0 ? ' demand-count-cell--alert' : ''}`} onClick={go(cell.url)}>
                  <Text className='demand-count-cell__value'>{value}</Text>
                  <Text className='demand-count-cell__label text-meta'>{cell.label}</Text>
                </View>
              );
            })}
          </View>
        )}
      </AsyncView>
    </Card>
  );
}
