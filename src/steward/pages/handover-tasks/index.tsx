import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { HandoverTaskItem } from '@/components/org/handover-task-item';
import { PagedList } from '@/components/paged-list';
import { Tabs } from '@/components/tabs';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { useSession } from '@/hooks/use-session';
import type { HandoverTaskState } from '@/core/org/org.model';
import { listHandoverTasks } from '@/services/handover.service';
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
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: list.refresh });

  return (
    <View className='page-root handover-tasks-page'>
      <Tabs tabs={FILTERS} active={filter} onChange={setFilter} />
      <PagedList
        list={list}
        className='handover-task-list'
        emptyTitle={`暂无${filter.label}的交接任务`}
        emptyHint='更换管家后，接任管家须在 3 个工作日内联系每家企业。'
        renderItem={(task) => (
          <HandoverTaskItem key={task.id} task={task} showSteward={isUnit} onClick={() => void Taro.navigateTo({ url: enterpriseProfileUrl(task.enterpriseId) })} />
        )}
      />
    </View>
  );
}
