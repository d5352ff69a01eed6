import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { LoadingState } from '@/components/loading-state';
import { HandoverTaskItem } from '@/components/org/handover-task-item';
import { Tabs } from '@/components/tabs';
import { usePagedList } from '@/hooks/use-paged-list';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { useSession } from '@/hooks/use-session';
import { type HandoverTaskState, listHandoverTasks } from '@/services/handover.service';
import { enterpriseProfileUrl } from '@/utils/org-urls';
import './index.scss';

const FILTERS: { label: string; state: HandoverTaskState }[] = [
  { label: '待联系', state: 'open' },
  { label: '已逾期', state: 'overdue' },
  { label: '已完成', state: 'done' },
];

/** Handover tasks by state: a steward's own, a unit admin's whole unit. */
export default function HandoverTasksPage() {
  const [filter, setFilter] = useState(FILTERS[0]);
  const { session } = useSession();
  const isUnit = session.status === 'ready' && session.user?.role === 'unit_admin';
  const list = usePagedList({
    fetchPage: (page, pageSize) => listHandoverTasks({ state: filter.state, page, pageSize }),
    keyOf: (task) => task.id,
    resetKey: filter,
  });
  useReloadOnShow(() => void list.refresh());
  usePullDownRefresh(async () => {
    await list.refresh();
    Taro.stopPullDownRefresh();
  });
  useReachBottom(() => void list.loadMore());

  return (
    <View className='page-root handover-tasks-page'>
      <Tabs tabs={FILTERS} active={filter} onChange={setFilter} />
      {list.status === 'loading' ? <LoadingState /> : null}
      {list.status === 'error' && list.error ? <ErrorState message={list.error.message} onRetry={() => void list.reload()} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title={`暂无${filter.label}的交接任务`} hint='更换管家后，接任管家须在 3 个工作日内联系每家企业。' />
      ) : null}
      {list.status === 'ready' && list.items.length > 0 ? (
        <View className='handover-task-list'>
          {list.items.map((task) => (
            <HandoverTaskItem
              key={task.id}
              task={task}
              showSteward={isUnit}
              onClick={() => void Taro.navigateTo({ url: enterpriseProfileUrl(task.enterpriseId) })}
            />
          ))}
          <ListFooter hasMore={list.hasMore} loadingMore={list.loadingMore} failed={Boolean(list.loadMoreError)} onLoadMore={() => void list.loadMore()} />
        </View>
      ) : null}
    </View>
  );
}
