import { useRef } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';

interface ListPageHandlers {
  refresh: () => Promise<unknown>;
  loadMore?: () => Promise<unknown>;
  /** Reload when the page is shown again (e.g. back from a form that changed the list). */
  onReturn?: () => unknown;
}

/** Wires a list page to pull-to-refresh, reach-bottom paging and coming back to it. */
export function useListPageEvents({ refresh, loadMore, onReturn }: ListPageHandlers) {
  usePullDownRefresh(async () => {
    await refresh();
    Taro.stopPullDownRefresh();
  });
  useReachBottom(() => {
    void loadMore?.();
  });
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void onReturn?.();
    shown.current = true;
  });
}
