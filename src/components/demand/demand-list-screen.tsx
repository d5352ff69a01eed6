import { type ReactNode, useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { listDemands } from '@/services/demand.service';
import { usePagedList } from '@/hooks/use-paged-list';
import { EmptyState } from '../empty-state';
import { ErrorState } from '../error-state';
import { ListFooter } from '../list-footer';
import { LoadingState } from '../loading-state';
import { DemandItem } from './demand-item';
import { DEMAND_STATUS_FILTERS } from './demand-status-filters';
import { StatusTabs } from './status-tabs';

interface DemandListScreenProps {
  showEnterprise: boolean;
  emptyHint: string;
  emptyAction?: ReactNode;
}

/** Status tabs, the paged list and its states; shared by the enterprise and steward lists. */
export function DemandListScreen({ showEnterprise, emptyHint, emptyAction }: DemandListScreenProps) {
  const [filter, setFilter] = useState(DEMAND_STATUS_FILTERS[0]);
  const list = usePagedList({
    fetchPage: (page, pageSize) => listDemands({ status: filter.status, page, pageSize }),
    keyOf: (demand) => demand.id,
    resetKey: filter,
  });

  usePullDownRefresh(async () => {
    await list.refresh();
    Taro.stopPullDownRefresh();
  });
  useReachBottom(() => {
    void list.loadMore();
  });

  return (
    <View className='page-root demand-list-screen'>
      <StatusTabs filters={DEMAND_STATUS_FILTERS} active={filter} onChange={setFilter} />
      {list.status === 'loading' ? <LoadingState /> : null}
      {list.status === 'error' && list.error ? (
        <ErrorState message={list.error.message} onRetry={() => void list.reload()} />
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState
          title={filter.status ? `暂无“${filter.label}”的诉求` : '暂无诉求'}
          hint={emptyHint}
          action={emptyAction}
        />
      ) : null}
      {list.status === 'ready' && list.items.length > 0 ? (
        <View className='demand-list'>
          {list.items.map((demand) => (
            <DemandItem key={demand.id} demand={demand} showEnterprise={showEnterprise} />
          ))}
          <ListFooter
            hasMore={list.hasMore}
            loadingMore={list.loadingMore}
            failed={Boolean(list.loadMoreError)}
            onLoadMore={() => void list.loadMore()}
          />
        </View>
      ) : null}
    </View>
  );
}
