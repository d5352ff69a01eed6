import type { ReactNode } from 'react';
import { Text } from '@tarojs/components';
import { FormField } from '@/components/form-field';
import { OptionsField } from '@/components/options-field';
import { useOptions } from '@/hooks/use-options';
import { listEnterprises } from '@/services/enterprise.service';

interface EnterpriseFieldProps {
  /** Opened from an enterprise's profile: that enterprise, not a choice. */
  fixedName?: string;
  value: string;
  onChange: (enterpriseId: string) => void;
  error?: string;
  /** Under the field, e.g. the chosen enterprise's contact preferences. */
  children?: ReactNode;
}

// A steward serves about ten enterprises; 50 covers them.
const loadServed = async () => (await listEnterprises({ page: 1, pageSize: 50 })).items;

/** Which enterprise: fixed when the page was opened from one, else one of those the caller serves. */
export function EnterpriseField({ fixedName, value, onChange, error, children }: EnterpriseFieldProps) {
  return (
    <FormField label='企业' name='enterpriseId' required error={error}>
      {fixedName !== undefined ? <Text className='form-field__value fixed-enterprise-name text-title'>{fixedName || '当前企业'}</Text> : <EnterprisePicker value={value} onChange={onChange} />}
      {children}
    </FormField>
  );
}

function EnterprisePicker({ value, onChange }: Pick<EnterpriseFieldProps, 'value' | 'onChange'>) {
  const options = useOptions(loadServed, 'enterprise-field', (e) => ({ value: e.id, label: e.name }));
  return <OptionsField className='enterprise-picker' state={options} value={value} placeholder='点击选择企业' emptyText='暂无服务的企业' onChange={onChange} />;
}
