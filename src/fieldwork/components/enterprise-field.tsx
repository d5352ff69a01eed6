import { Picker, Text, View } from '@tarojs/components';
import { FormField } from '@/components/form-field';
import { useAsyncData } from '@/hooks/use-async-data';
import { listEnterprises } from '@/services/enterprise.service';

interface EnterpriseFieldProps {
  /** Opened from an enterprise's profile: that enterprise, not a choice. */
  fixedName?: string;
  value: string;
  onChange: (enterpriseId: string, name: string) => void;
  error?: string;
}

/** Which enterprise: fixed when the page was opened from one, else one of those the caller serves. */
export function EnterpriseField({ fixedName, value, onChange, error }: EnterpriseFieldProps) {
  return (
    <FormField label='企业' name='enterpriseId' required error={error}>
      {fixedName !== undefined ? <Text className='fw-enterprise-name'>{fixedName || '当前企业'}</Text> : <EnterprisePicker value={value} onChange={onChange} />}
    </FormField>
  );
}

function EnterprisePicker({ value, onChange }: Pick<EnterpriseFieldProps, 'value' | 'onChange'>) {
  // A steward serves about ten enterprises; 50 covers them.
  const { state, reload } = useAsyncData(() => listEnterprises({ page: 1, pageSize: 50 }), 'enterprise-field');
  if (state.status === 'loading') return <View className='fw-picker fw-picker--empty'>加载企业…</View>;
  if (state.status === 'error') {
    return (
      <View className='fw-picker field-error' onClick={() => void reload()}>
        {`${state.error.message}，点击重试`}
      </View>
    );
  }
  const items = state.data.items;
  if (items.length === 0) return <View className='fw-picker fw-picker--empty'>暂无服务的企业</View>;
  const index = items.findIndex((e) => e.id === value);
  return (
    <Picker mode='selector' range={items} rangeKey='name' value={Math.max(index, 0)} onChange={(e) => onChange(items[Number(e.detail.value)].id, items[Number(e.detail.value)].name)}>
      <View className={`fw-picker enterprise-picker${index < 0 ? ' fw-picker--empty' : ''}`}>{index < 0 ? '点击选择企业' : items[index].name}</View>
    </Picker>
  );
}
