import { Text, View } from '@tarojs/components';
import type { ResearchPromiseView } from '@/core/fieldwork/fieldwork.model';
import type { useResearchActions } from '../../hooks/use-research-actions';
import { InlineForm } from './inline-form';

interface PromiseRowProps {
  visitId: string;
  promise: ResearchPromiseView;
  canClose: boolean;
  actions: ReturnType<typeof useResearchActions>;
}

const stateOf = (p: ResearchPromiseView) => (p.status === 'closed' ? 'closed' : p.overdue ? 'overdue' : 'open');
const LABELS = { closed: '已办结', overdue: '已逾期', open: '办理中' };

/** One promise: what, who answers for it, by when; overdue in red; closed with its outcome. */
export function PromiseRow({ visitId, promise, canClose, actions }: PromiseRowProps) {
  const state = stateOf(promise);
  const task = { kind: 'close' as const, visitId, promiseId: promise.id };
  return (
    <View className={`promise-row promise-row--${state}`}>
      <View className='promise-row__head'>
        <Text className='promise-row__content'>{promise.content}</Text>
        <Text className={`promise-row__state promise-row__state--${state}`}>{LABELS[state]}</Text>
      </View>
      <View className='promise-row__meta text-meta'>{`${promise.owner} · ${promise.dueDate} 前完成`}</View>
      {promise.outcome ? <View className='promise-row__outcome'>{`办理结果：${promise.outcome}`}</View> : null}
      {promise.status === 'open' && canClose ? (
        actions.isOpen(task) ? (
          <InlineForm actions={actions} name='close' placeholder='办理结果（至少 4 个字）' submitLabel='确认办结' />
        ) : (
          <View className='promise-row__actions'>
            <Text className='link close-promise-link' onClick={() => actions.open(task)}>
              办结
            </Text>
          </View>
        )
      ) : null}
    </View>
  );
}
