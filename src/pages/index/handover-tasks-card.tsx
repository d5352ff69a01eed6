import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { HandoverTaskItem } from '@/components/org/handover-task-item';
import type { HandoverTaskView } from '@/core/org/org.model';
import type { AsyncData } from '@/hooks/use-async-data';
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
  const title = (
    <View className='card-head'>
      <Text>交接任务</Text>
      <Text className='card-head__link link' onClick={openAll}>
        全部
      </Text>
    </View>
  );
  return (
    <Card className='handover-tasks-card' title={title}>
      {state.status === 'loading' ? <Text className='home-entry__hint'>加载中…</Text> : null}
      {state.status === 'error' ? (
        <Text className='home-entry__hint home-error' onClick={onRetry}>
          {`${state.error.message}，点击重试`}
        </Text>
      ) : null}
      {state.status === 'ready' ? <PendingTasks tasks={sortPendingTasks(state.data)} onMore={openAll} /> : null}
    </Card>
  );
}

function PendingTasks({ tasks, onMore }: { tasks: HandoverTaskView[]; onMore: () => void }) {
  if (tasks.length === 0) return <Text className='home-entry__hint'>暂无待联系的交接企业</Text>;
  const overdue = tasks.filter((t) => t.state === 'overdue').length;
  return (
    <View className='pending-tasks'>
      <Text className={`home-entry__hint${overdue ? ' home-alert' : ''}`}>
        {overdue ? `${tasks.length} 家企业待联系，其中 ${overdue} 家已逾期` : `${tasks.length} 家企业待联系，请在截止日前完成首次联系`}
      </Text>
      {tasks.slice(0, SHOWN).map((task) => (
        <HandoverTaskItem
          key={task.id}
          task={task}
          onClick={() => void Taro.navigateTo({ url: enterpriseProfileUrl(task.enterpriseId) })}
        />
      ))}
      {tasks.length > SHOWN ? (
        <View className='card-more link' onClick={onMore}>
          {`查看全部 ${tasks.length} 项`}
        </View>
      ) : null}
    </View>
  );
}
