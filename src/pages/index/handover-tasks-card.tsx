import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AsyncCard } from '@/components/async-card';
import { CardMore } from '@/components/card';
import { HandoverTaskItem } from '@/components/org/handover-task-item';
import type { HandoverTaskView } from '@/core/org/org.model';
import type { AsyncData } from '@/hooks/use-async-data';
import { classNames } from '@/utils/class-names';
import { sortPendingTasks } from '@/utils/handover-deadline';
import { enterpriseProfileUrl, HANDOVER_TASKS_URL } from '@/utils/org-urls';

const SHOWN = 5;

interface HandoverTasksCardProps {
  state: AsyncData<HandoverTaskView[]>;
  onRetry: () => void;
}

/** The first thing on a steward's home: enterprises to contact after a handover, overdue first. */
export function HandoverTasksCard({ state, onRetry }: HandoverTasksCardProps) {
  const openAll = () => void Taro.navigateTo({ url: HANDOVER_TASKS_URL });
  return (
    <AsyncCard
      className='handover-tasks-card'
      title='交接任务'
      link={{ label: '全部', onClick: openAll }}
      state={state}
      onRetry={onRetry}
      isEmpty={(tasks) => tasks.length === 0}
      emptyText='暂无待联系的交接企业'
    >
      {(tasks) => <PendingTasks tasks={sortPendingTasks(tasks)} onMore={openAll} />}
    </AsyncCard>
  );
}

function PendingTasks({ tasks, onMore }: { tasks: HandoverTaskView[]; onMore: () => void }) {
  const overdue = tasks.filter((t) => t.state === 'overdue').length;
  return (
    <View className='pending-tasks'>
      <View className={classNames('card-hint', overdue > 0 && 'card-hint--alert')}>
        {overdue ? `${tasks.length} 家企业待联系，其中 ${overdue} 家已逾期` : `${tasks.length} 家企业待联系，请在截止日前完成首次联系`}
      </View>
      {tasks.slice(0, SHOWN).map((task) => (
        <HandoverTaskItem key={task.id} task={task} onClick={() => void Taro.navigateTo({ url: enterpriseProfileUrl(task.enterpriseId) })} />
      ))}
      {tasks.length > SHOWN ? <CardMore label={`查看全部 ${tasks.length} 项`} onClick={onMore} /> : null}
    </View>
  );
}
