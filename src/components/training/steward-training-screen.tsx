import { useState } from 'react';
import { View } from '@tarojs/components';
import { STEWARD_STATS_VIEW_LABELS, STEWARD_STATS_VIEWS, type StewardStatsView, type TrainingStats } from '@/core/training/training.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { AsyncCard } from '../async-card';
import { Card } from '../card';
import { PagedList } from '../paged-list';
import { Tabs } from '../tabs';
import { rowsOf, TRAINING_YEARS } from './training-stats-parts';
import { TrainingStatsRow, TrainingTotal } from './training-stats-table';

export interface StewardStatsQuery {
  year: number;
  view: StewardStatsView;
  page: number;
  pageSize: number;
}

const VIEWS = STEWARD_STATS_VIEWS.map((value) => ({ label: STEWARD_STATS_VIEW_LABELS[value], value }));
const EMPTY: Record<StewardStatsView, { title: string; hint?: string }> = {
  overdue: { title: '没有逾期未完成必修课程的管家', hint: '必修课程过了完成期限仍未完成的管家会列在这里，逾期多的在前。' },
  all: { title: '本单位暂无在岗管家' },
};

interface Props {
  load: (query: StewardStatsQuery) => Promise<TrainingStats>;
  /** The unit, when the page names one (the district's drill-down): another one loads afresh. */
  scope?: string;
  className: string;
}

/**
 * A unit's year of training: its total, then its stewards a page at a time — those with required
 * courses overdue, most first (who needs a nudge: the first tab), or all of them by name.
 */
export function StewardTrainingScreen({ load, scope, className }: Props) {
  const [year, setYear] = useState(TRAINING_YEARS[0]);
  const [view, setView] = useState(VIEWS[0]);
  const key = `${year.year}|${scope ?? ''}`;
  // Every page carries the total; it is asked for with the smallest page so that a tab change reloads the list only.
  const total = useAsyncData(async () => rowsOf(await load({ year: year.year, view: 'overdue', page: 1, pageSize: 1 }), 'steward').total, key);
  const stewards = usePagedList({
    fetchPage: async (page, pageSize) => rowsOf(await load({ year: year.year, view: view.value, page, pageSize }), 'steward').stewards,
    keyOf: (row) => row.subjectId,
    resetKey: `${key}|${view.value}`,
    pageSize: 20,
  });
  useListPageEvents({ refresh: () => Promise.all([total.refresh(), stewards.refresh()]), loadMore: stewards.loadMore });
  return (
    <View className={`page-root ${className}`}>
      <Tabs name='year' tabs={TRAINING_YEARS} active={year} onChange={setYear} />
      <AsyncCard className='training-stats-total' title={`${year.year} 年合计`} state={total.state} onRetry={() => void total.reload()}>
        {(row) => <TrainingTotal total={row} />}
      </AsyncCard>
      <Tabs name='stewards' tabs={VIEWS} active={view} onChange={setView} />
      <PagedList
        list={stewards}
        emptyTitle={EMPTY[view.value].title}
        emptyHint={EMPTY[view.value].hint}
        wrap={(rows) => <Card className='training-stats-list'>{rows}</Card>}
        renderItem={(row) => <TrainingStatsRow key={row.subjectId} row={row} />}
      />
    </View>
  );
}
