import { type ReactNode, useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { DemandCategory } from '@/core/demand/demand.model';
import { listDemands } from '@/services/demand.service';
import { usePagedList } from '@/hooks/use-paged-list';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { PagedList } from '../paged-list';
import { Tabs } from '../tabs';
import { DemandFilterBar } from './demand-filter-bar';
import { DemandItem } from './demand-item';
import { DEMAND_STATUS_FILTERS, type StatusFilter } from './demand-status-filters';

interface DemandListScreenProps {
  showEnterprise: boolean;
  emptyHint: string;
  emptyAction?: ReactNode;
  statusFilters?: StatusFilter[];
  /** The tab to start on (e.g. from a count on the home). */
  initialFilter?: StatusFilter;
  /** Category and overdue filters under the tabs. */
  withFilterBar?: boolean;
  initialOverdue?: boolean;
  showDepartment?: boolean;
}

/** Status tabs, the paged list and its states; shared by every role's demand list. */
export function DemandListScreen(props: DemandListScreenProps) {
  const { showEnterprise, emptyHint, emptyAction, statusFilters = DEMAND_STATUS_FILTERS, withFilterBar, showDepartment } = props;
  const [filter, setFilter] = useState(props.initialFilter ?? statusFilters[0]);
  const [category, setCategory] = useState<DemandCategory | undefined>();
  const [overdue, setOverdue] = useState(Boolean(props.initialOverdue));
  const list = usePagedList({
    fetchPage: (page, pageSize) =>
      listDemands({ status: filter.status, ...(category ? { category } : {}), ...(overdue ? { overdue: true } : {}), page, pageSize }),
    keyOf: (demand) => demand.id,
    resetKey: `${filter.label}|${category ?? ''}|${overdue}`,
  });

  usePullDownRefresh(async () => {
    await list.refresh();
    Taro.stopPullDownRefresh();
  });
  useReachBottom(() => {
    void list.loadMore();
  });
  // Back from a demand whose state changed: the list shows it where it now belongs.
  useReloadOnShow(list.refresh);

  const narrowed = Boolean(filter.status || category || overdue);
  return (
    <View className='page-root demand-list-screen'>
      <Tabs name='status' tabs={statusFilters} active={filter} onChange={setFilter} />
      {withFilterBar ? <DemandFilterBar category={category} overdue={overdue} onCategory={setCategory} onOverdue={setOverdue} /> : null}
      <PagedList
        list={list}
        className='demand-list'
        emptyTitle={narrowed ? `暂无${filter.status ? `“${filter.label}”的` : '符合条件的'}${overdue ? '逾期' : ''}诉求` : '暂无诉求'}
        emptyHint={emptyHint}
        emptyAction={emptyAction}
        renderItem={(demand) => <DemandItem key={demand.id} demand={demand} showEnterprise={showEnterprise} showDepartment={showDepartment} />}
      />
    </View>
  );
}
