import { View } from '@tarojs/components';
import type { EnterpriseView } from '@/core/org/org.model';
import type { AsyncData } from '@/hooks/use-async-data';
import { classNames } from '@/utils/class-names';

interface HandoverEnterprisesProps {
  state: AsyncData<EnterpriseView[]>;
  onRetry: () => void;
  all: boolean;
  picked: string[];
  onAll: (all: boolean) => void;
  onToggle: (id: string) => void;
}

/** 全部企业, or the ones ticked, of the outgoing steward. */
export function HandoverEnterprises({ state, onRetry, all, picked, onAll, onToggle }: HandoverEnterprisesProps) {
  if (state.status === 'loading') return <View className='picker-value picker-value--empty'>加载企业…</View>;
  if (state.status === 'error') {
    return (
      <View className='field-error' onClick={onRetry}>
        {`${state.error.message}，点击重试`}
      </View>
    );
  }
  const enterprises = state.data;
  if (enterprises.length === 0) return <View className='picker-value picker-value--empty'>该管家名下没有企业</View>;
  return (
    <View className='handover-enterprises'>
      <Tick on={all} label={`全部企业（${enterprises.length} 家）`} className='all-enterprises' onClick={() => onAll(!all)} />
      {all
        ? null
        : enterprises.map((e) => (
            <Tick key={e.id} on={picked.includes(e.id)} label={e.name} className='enterprise-tick' onClick={() => onToggle(e.id)} />
          ))}
      {all ? null : <View className='field-hint handover-picked text-hint'>{`已选 ${picked.length} 家`}</View>}
    </View>
  );
}

function Tick({ on, label, className, onClick }: { on: boolean; label: string; className: string; onClick: () => void }) {
  return (
    <View className={classNames('tick-row', className, on && 'tick-row--on')} onClick={onClick} aria-checked={on ? 'true' : 'false'}>
      <View className='tick-box'>{on ? '✓' : ''}</View>
      <View className='tick-label'>{label}</View>
    </View>
  );
}
