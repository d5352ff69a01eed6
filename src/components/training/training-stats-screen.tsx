import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import type { TrainingStats, TrainingStatsRow } from '@/core/training/training.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { shanghaiNow } from '@/utils/shanghai-clock';
import { AsyncView } from '../async-view';
import { Tabs } from '../tabs';
import { TrainingStatsTable } from './training-stats-table';

const thisYear = Number(shanghaiNow().date.slice(0, 4));
const YEARS = [thisYear, thisYear - 1].map((year) => ({ label: `${year} 年`, year }));

interface Props {
  load: (year: number) => Promise<TrainingStats>;
  /** Identifies what is loaded besides the year (a unit), so a change loads again. */
  scope?: string;
  onRow?: (row: TrainingStatsRow, stats: TrainingStats) => void;
  className: string;
}

/** A year's training completion as a whole screen: year tabs, pull to refresh, the table. */
export function TrainingStatsScreen({ load, scope, onRow, className }: Props) {
  const [tab, setTab] = useState(YEARS[0]);
  const { state, reload, refresh } = useAsyncData(() => load(tab.year), `${tab.year}|${scope ?? ''}`);
  usePullDownRefresh(async () => {
    await refresh();
    Taro.stopPullDownRefresh();
  });
  return (
    <View className={`page-root ${className}`}>
      <Tabs name='year' tabs={YEARS} active={tab} onChange={setTab} />
      <AsyncView state={state} onRetry={() => void reload()}>
        {(stats) => <TrainingStatsTable stats={stats} onRow={onRow ? (row) => onRow(row, stats) : undefined} />}
      </AsyncView>
    </View>
  );
}
