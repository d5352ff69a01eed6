import { Text, View } from '@tarojs/components';
import type { HandoverTaskView } from '@/core/org/org.model';
import { deadlineLabel, timeLeftLabel } from '@/utils/handover-deadline';
import { formatDateTime } from '@/utils/format-time';
import { RecordHead } from '../record-head';
import './org.scss';

interface HandoverTaskItemProps {
  task: HandoverTaskView;
  /** A unit admin sees whose task it is; a steward knows it is theirs. */
  showSteward?: boolean;
  onClick?: () => void;
}

/** One enterprise to contact after a handover: the deadline, the days left, overdue in red. */
export function HandoverTaskItem({ task, showSteward, onClick }: HandoverTaskItemProps) {
  return (
    <View className={`handover-task handover-task--${task.state}`} onClick={onClick}>
      <RecordHead title={task.enterpriseName} titleClassName='handover-task__name' size='md' align='baseline'>
        <Text className='handover-task__left'>{timeLeftLabel(task)}</Text>
      </RecordHead>
      <View className='handover-task__meta text-meta'>
        {task.state === 'done' ? (
          <Text className='handover-task__deadline'>{`已于 ${formatDateTime(task.completedAt)} 联系`}</Text>
        ) : (
          <Text className='handover-task__deadline'>{deadlineLabel(task)}</Text>
        )}
        <Text className='handover-task__from'>
          {showSteward ? `${task.fromStewardName} → ${task.toStewardName}` : `原管家 ${task.fromStewardName}`}
        </Text>
      </View>
      {task.escalated ? <View className='handover-task__escalated'>已逾期上报</View> : null}
    </View>
  );
}
