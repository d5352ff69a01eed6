import { type ReactNode, useState } from 'react';
import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { DemandCategory } from '@/core/demand/demand.model';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { listDemands } from '@/services/demand.service';
import { PagedList } from '../paged-list';
import { Tabs } from '../tabs';
import { DemandFilterBar } from './demand-filter-bar';
import { DemandItem } from './demand-item';
import { DEMAND_STATUS_FILTERS, filterFor, type StatusFilter } from './demand-status-filters';

interface DemandListScreenProps {
  showEnterprise: boolean;
  emptyHint: string;
  emptyAction?: ReactNode;
  statusFilters?: StatusFilter[];
  /**
   * A workspace list: category and overdue filters under the tabs, and the tab and overdue flag
   * to start with taken from the link (`?status=`, `?overdue=1`, e.g. a count on a home).
   */
  withFilterBar?: boolean;
  showDepartment?: boolean;
}

/** Status tabs, the paged list and its states; shared by every role's demand list. */
export function DemandListScreen(props: DemandListScreenProps) {
  const { showEnterprise, emptyHint, emptyAction, statusFilters = DEMAND_STATUS_FILTERS, withFilterBar, showDepartment } = props;
  const params = useRouter().params;
  const [filter, setFilter] = useState(() => (withFilterBar ? filterFor(statusFilters, params.status) : statusFilters[0]));
  const [category, setCategory] = useState<DemandCategory | undefined>();
  const [overdue, setOverdue] = useState(Boolean(withFilterBar && params.overdue === '1'));
  const list = usePagedList({
    fetchPage: (page, pageSize) =>
      listDemands({ status: filter.status, ...(category ? { category } : {}), ...(overdue ? { overdue: true } : {}), page, pageSize }),
    keyOf: (demand) => demand.id,
    resetKey: `${filter.label}|${category ?? ''}|${overdue}`,
  });

  // Back from a demand whose state changed: the list shows it where it now belongs.
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: list.refresh });

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
