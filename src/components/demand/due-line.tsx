import { Text, View } from '@tarojs/components';
import type { DemandDetail } from '@/core/demand/demand.model';
import { Chip } from '../chip';
import { dueText } from './demand-words';
import './due-line.scss';

/** The running deadline in plain words, red once missed, and whether it was escalated (督办). */
export function DueLine({ demand }: { demand: Pick<DemandDetail, 'due' | 'escalated'> }) {
  const { due, escalated } = demand;
  if (!due && !escalated) return null;
  return (
    <View className={`due-line${due?.overdue ? ' due-line--overdue' : ''}`}>
      {due ? <Text className='due-line__text'>{dueText(due)}</Text> : null}
      {due?.overdue ? (
        <Chip tone='danger-solid' className='due-line__flag due-overdue'>
          已逾期
        </Chip>
      ) : null}
      {escalated ? (
        <Chip tone='waiting-solid' className='due-line__flag due-escalated'>
          已督办
        </Chip>
      ) : null}
    </View>
  );
}
