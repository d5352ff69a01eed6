import { Picker, View } from '@tarojs/components';
import { useAsyncData } from '@/hooks/use-async-data';
import { listEnterprises } from '@/services/enterprise.service';

interface EnterpriseChoiceProps {
  value: string;
  onChange: (enterpriseId: string) => void;
}

/** Opened without an enterprise (from the home): pick one of the enterprises this person serves. */
export function EnterpriseChoice({ value, onChange }: EnterpriseChoiceProps) {
  const { state, reload } = useAsyncData(() => listEnterprises({ page: 1, pageSize: 50 }), 'choice');
  if (state.status === 'loading') return <View className='enterprise-choice enterprise-choice--empty'>加载企业…</View>;
  if (state.status === 'error') {
    return (
      <View className='enterprise-choice field-error' onClick={() => void reload()}>
        {`${state.error.message}，点击重试`}
      </View>
    );
  }
  const items = state.data.items;
  if (items.length === 0) return <View className='enterprise-choice enterprise-choice--empty'>暂无可联系的企业</View>;
  const index = items.findIndex((e) => e.id === value);
  return (
    <Picker mode='selector' range={items} rangeKey='name' value={Math.max(index, 0)} onChange={(e) => onChange(items[Number(e.detail.value)].id)}>
      <View className={`enterprise-choice${index < 0 ? ' enterprise-choice--empty' : ''}`}>
        {index < 0 ? '点击选择企业' : items[index].name}
      </View>
    </Picker>
  );
}
