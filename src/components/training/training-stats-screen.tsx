import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import type { TrainingStats, TrainingStatsRow } from '@/core/training/training.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { AsyncView } from '../async-view';
import { Tabs } from '../tabs';
import { rowsOf, TRAINING_YEARS } from './training-stats-parts';
import { TrainingStatsTable } from './training-stats-table';

interface Props {
  load: (year: number) => Promise<TrainingStats>;
  onRow?: (row: TrainingStatsRow) => void;
  className: string;
}

/** The district's year of training over its units (about 42, all at once): year tabs, pull to refresh, the table. */
export function TrainingStatsScreen({ load, onRow, className }: Props) {
  const [tab, setTab] = useState(TRAINING_YEARS[0]);
  const { state, reload, refresh } = useAsyncData(async () => rowsOf(await load(tab.year), 'unit'), tab.year);
  usePullDownRefresh(async () => {
    await refresh();
    Taro.stopPullDownRefresh();
  });
  return (
    <View className={`page-root ${className}`}>
      <Tabs name='year' tabs={TRAINING_YEARS} active={tab} onChange={setTab} />
      <AsyncView state={state} onRetry={() => void reload()}>
        {(stats) => <TrainingStatsTable stats={stats} onRow={onRow} />}
      </AsyncView>
    </View>
  );
}
