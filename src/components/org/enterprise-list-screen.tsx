import { type ReactNode, useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { EnterpriseView } from '@/core/org/org.model';
import { usePagedList } from '@/hooks/use-paged-list';
import { listEnterprises } from '@/services/enterprise.service';
import { EmptyState } from '../empty-state';
import { ErrorState } from '../error-state';
import { ListFooter } from '../list-footer';
import { LoadingState } from '../loading-state';
import { EnterpriseItem } from './enterprise-item';
import { SearchBar } from '../search-bar';

interface EnterpriseListScreenProps {
  /** Narrows the role-scoped list further, e.g. to one steward. */
  stewardId?: string;
  showSteward?: boolean;
  emptyHint: string;
  onOpen: (enterprise: EnterpriseView) => void;
  actionFor?: (enterprise: EnterpriseView) => ReactNode;
  /** Changing it reloads the list from page 1, e.g. after an assignment. */
  version?: number;
  header?: ReactNode;
}

/** Search, paged enterprises and their states; the server limits the list to the caller's scope. */
export function EnterpriseListScreen({ stewardId, showSteward, emptyHint, onOpen, actionFor, version = 0, header }: EnterpriseListScreenProps) {
  const [keyword, setKeyword] = useState('');
  const list = usePagedList({
    fetchPage: (page, pageSize) => listEnterprises({ keyword: keyword || undefined, stewardId, page, pageSize }),
    keyOf: (e) => e.id,
    resetKey: `${keyword}|${stewardId ?? ''}|${version}`,
    pageSize: 20,
  });
  usePullDownRefresh(async () => {
    await list.refresh();
    Taro.stopPullDownRefresh();
  });
  useReachBottom(() => void list.loadMore());

  return (
    <View className='page-root enterprise-list-screen'>
      <SearchBar placeholder='搜索企业名称' onSearch={setKeyword} />
      {header}
      {list.status === 'loading' ? <LoadingState /> : null}
      {list.status === 'error' && list.error ? <ErrorState message={list.error.message} onRetry={() => void list.reload()} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title={keyword ? `没有找到“${keyword}”` : '暂无企业'} hint={keyword ? '换个关键词试试' : emptyHint} />
      ) : null}
      {list.status === 'ready' && list.items.length > 0 ? (
        <View className='enterprise-list'>
          {list.items.map((enterprise) => (
            <EnterpriseItem
              key={enterprise.id}
              enterprise={enterprise}
              showSteward={showSteward}
              onClick={() => onOpen(enterprise)}
              action={actionFor?.(enterprise)}
            />
          ))}
          <ListFooter hasMore={list.hasMore} loadingMore={list.loadingMore} failed={Boolean(list.loadMoreError)} onLoadMore={() => void list.loadMore()} />
        </View>
      ) : null}
    </View>
  );
}
