import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import type { AsyncData } from '@/hooks/use-async-data';
import type { usePagedList } from '@/hooks/use-paged-list';
import { classNames } from '@/utils/class-names';
import { AsyncView } from './async-view';
import { ListFooter } from './list-footer';

type PagedListState<T> = ReturnType<typeof usePagedList<T>>;

interface PagedListProps<T> {
  list: PagedListState<T>;
  emptyTitle: string;
  emptyHint?: string;
  emptyAction?: ReactNode;
  className?: string;
  renderItem: (item: T) => ReactNode;
  /** Puts the rows in a container of their own (the paging line stays outside it). */
  wrap?: (rows: ReactNode) => ReactNode;
  /** Inside a card: loading, error (tap to retry) and empty as one line each, not a whole screen. */
  inline?: boolean;
}

/** The first page as one loaded thing; later pages have their own line under the list. */
const firstPage = <T,>(list: PagedListState<T>): AsyncData<T[]> =>
  list.status === 'error' ? { status: 'error', error: list.error! } : list.status === 'loading' ? { status: 'loading' } : { status: 'ready', data: list.items };

/** A paged list's four faces: loading, error with 重试, empty with a hint, items with the paging line. */
export function PagedList<T>({ list, emptyTitle, emptyHint, emptyAction, className, renderItem, wrap, inline }: PagedListProps<T>) {
  return (
    <AsyncView
      inline={inline}
      state={firstPage(list)}
      onRetry={() => void list.reload()}
      isEmpty={(items) => items.length === 0}
      empty={{ title: emptyTitle, hint: emptyHint, action: emptyAction }}
    >
      {(items) => (
        <View className={classNames('paged-list', className)}>
          {wrap ? wrap(items.map(renderItem)) : items.map(renderItem)}
          <ListFooter hasMore={list.hasMore} loadingMore={list.loadingMore} failed={Boolean(list.loadMoreError)} onLoadMore={() => void list.loadMore()} />
        </View>
      )}
    </AsyncView>
  );
}
