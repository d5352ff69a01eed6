import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { PageResult } from '@/core/demand/demand.model';
import { type CloudError, toCloudError } from '@/services/cloud-error';

export interface PagedListState<T> {
  /** `loading` and `error` are about the first page; later pages use loadingMore/loadMoreError. */
  status: 'loading' | 'ready' | 'error';
  items: T[];
  page: number;
  hasMore: boolean;
  error?: CloudError;
  loadingMore: boolean;
  loadMoreError?: CloudError;
}

interface PagedListOptions<T> {
  fetchPage: (page: number, pageSize: number) => Promise<PageResult<T>>;
  /** Identifies an item, to drop repeats when rows shift between pages. */
  keyOf: (item: T) => string;
  /** When this changes (e.g. the status filter), the list starts again from page 1. */
  resetKey?: unknown;
  pageSize?: number;
  /** A first page already in hand (it came with the screen's record): shown at once instead of fetched; changes with resetKey. */
  initial?: PageResult<T>;
}

const firstLoad = <T,>(): PagedListState<T> => ({ status: 'loading', items: [], page: 0, hasMore: false, loadingMore: false });
const ready = <T,>(result: PageResult<T>): PagedListState<T> => ({ status: 'ready', items: result.items, page: 1, hasMore: result.hasMore, loadingMore: false });

/** Page-by-page loading with reset, pull-to-refresh and load-more; one owner of paging rules. */
export function usePagedList<T>({ fetchPage, keyOf, resetKey, pageSize = 10, initial }: PagedListOptions<T>) {
  const [state, setState] = useState<PagedListState<T>>(() => (initial ? ready(initial) : firstLoad<T>()));
  // The ref answers "is a load running?" synchronously, so a double reach-bottom fetches once.
  const stateRef = useRef(state);
  const update = useCallback((next: PagedListState<T>) => {
    stateRef.current = next;
    setState(next);
  }, []);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const keyOfRef = useRef(keyOf);
  keyOfRef.current = keyOf;
  // Answers that arrive after a reset belong to an old filter and are dropped.
  const generation = useRef(0);
  const initialRef = useRef(initial);
  initialRef.current = initial;

  const loadFirstPage = useCallback(
    async (mode: 'reset' | 'refresh') => {
      const gen = ++generation.current;
      if (mode === 'reset') update(firstLoad<T>());
      try {
        const result = await fetchRef.current(1, pageSize);
        if (gen !== generation.current) return;
        update(ready(result));
      } catch (err) {
        if (gen !== generation.current) return;
        const error = toCloudError(err);
        // A failed pull-to-refresh keeps what is on screen and just says why.
        if (mode === 'refresh' && stateRef.current.items.length > 0) {
          void Taro.showToast({ title: error.message, icon: 'none' });
          return;
        }
        update({ ...firstLoad<T>(), status: 'error', error });
      }
    },
    [pageSize, update],
  );

  const loadMore = useCallback(async () => {
    const current = stateRef.current;
    if (current.status !== 'ready' || !current.hasMore || current.loadingMore) return;
    const gen = generation.current;
    update({ ...current, loadingMore: true, loadMoreError: undefined });
    try {
      const result = await fetchRef.current(current.page + 1, pageSize);
      if (gen !== generation.current) return;
      const seen = new Set(current.items.map(keyOfRef.current));
      const fresh = result.items.filter((item) => !seen.has(keyOfRef.current(item)));
      update({ ...stateRef.current, items: [...current.items, ...fresh], page: current.page + 1, hasMore: result.hasMore, loadingMore: false });
    } catch (err) {
      if (gen !== generation.current) return;
      update({ ...stateRef.current, loadingMore: false, loadMoreError: toCloudError(err) });
    }
  }, [pageSize, update]);

  useEffect(() => {
    const first = initialRef.current;
    if (!first) {
      void loadFirstPage('reset');
      return;
    }
    // Drops a load still running for the record before.
    generation.current++;
    update(ready(first));
  }, [loadFirstPage, resetKey, update]);

  const reload = useCallback(() => loadFirstPage('reset'), [loadFirstPage]);
  const refresh = useCallback(() => loadFirstPage('refresh'), [loadFirstPage]);

  return { ...state, reload, refresh, loadMore };
}
