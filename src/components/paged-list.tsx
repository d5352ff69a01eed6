import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { usePagedList } from '@/hooks/use-paged-list';
import { classNames } from '@/utils/class-names';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { ListFooter } from './list-footer';
import { LoadingState } from './loading-state';

type PagedListState<T> = ReturnType<typeof usePagedList<T>>;

interface PagedListProps<T> {
  list: PagedListState<T>;
  emptyTitle: string;
  emptyHint?: string;
  emptyAction?: ReactNode;
  className?: string;
  renderItem: (item: T) => ReactNode;
}

/** A paged list's four faces: loading, error with 重试, empty with a hint, items with the paging line. */
export function PagedList<T>({ list, emptyTitle, emptyHint, emptyAction, className, renderItem }: PagedListProps<T>) {
  if (list.status === 'loading') return <LoadingState />;
  if (list.status === 'error') return <ErrorState message={list.error?.message ?? '加载失败'} onRetry={() => void list.reload()} />;
  if (list.items.length === 0) return <EmptyState title={emptyTitle} hint={emptyHint} action={emptyAction} />;
  return (
    <View className={classNames('paged-list', className)}>
      {list.items.map(renderItem)}
      <ListFooter hasMore={list.hasMore} loadingMore={list.loadingMore} failed={Boolean(list.loadMoreError)} onLoadMore={() => void list.loadMore()} />
    </View>
  );
}
