import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { LoadingState } from '@/components/loading-state';
import type { usePagedList } from '@/hooks/use-paged-list';

type PagedList<T> = ReturnType<typeof usePagedList<T>>;

interface PagedListProps<T> {
  list: PagedList<T>;
  emptyTitle: string;
  emptyHint?: string;
  className?: string;
  renderItem: (item: T) => ReactNode;
}

/** A paged list's four faces: loading, error with 重试, empty with a hint, items with the paging line. */
export function PagedList<T>({ list, emptyTitle, emptyHint, className = '', renderItem }: PagedListProps<T>) {
  if (list.status === 'loading') return <LoadingState />;
  if (list.status === 'error') return <ErrorState message={list.error?.message ?? '加载失败'} onRetry={() => void list.reload()} />;
  if (list.items.length === 0) return <EmptyState title={emptyTitle} hint={emptyHint} />;
  return (
    <View className={`paged-list ${className}`}>
      {list.items.map(renderItem)}
      <ListFooter hasMore={list.hasMore} loadingMore={list.loadingMore} failed={Boolean(list.loadMoreError)} onLoadMore={() => void list.loadMore()} />
    </View>
  );
}
