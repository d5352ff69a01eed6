import { Button, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { HandoverTaskItem } from '@/components/org/handover-task-item';
import type { HandoverTaskView } from '@/core/org/org.model';
import { formatDateTime } from '@/utils/format-time';
import { goBackOrHome } from '@/utils/navigation';

/** What the handover created: one task per enterprise, each due in 3 working days. */
export function HandoverResult({ tasks, onAgain }: { tasks: HandoverTaskView[]; onAgain: () => void }) {
  const to = tasks[0]?.toStewardName ?? '接任管家';
  return (
    <View className='page-root handover-result'>
      <Card className='handover-result__card' title='交接完成'>
        <View className='handover-result__summary text-body'>{`已为 ${to} 创建 ${tasks.length} 个交接任务，须在截止时间前联系企业：`}</View>
        {tasks.map((task) => (
          <View key={task.id} className='handover-result__task'>
            <HandoverTaskItem task={task} showSteward />
            <View className='handover-result__due'>{`截止 ${formatDateTime(task.dueAt)}`}</View>
          </View>
        ))}
        <View className='field-hint handover-result__rule text-hint'>
          每个截止时间为交接当天之后的第 3 个工作日结束，按国务院公布的节假日和调休安排（官方工作日历）计算。
        </View>
      </Card>
      <View className='form-actions'>
        <Button className='primary-button' onClick={goBackOrHome}>
          返回工作台
        </Button>
        <Button className='plain-button handover-again' onClick={onAgain}>
          继续交接
        </Button>
      </View>
    </View>
  );
}
