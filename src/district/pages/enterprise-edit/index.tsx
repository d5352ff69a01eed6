import { useRouter } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { useAsyncData } from '@/hooks/use-async-data';
import { getEnterprise } from '@/services/enterprise.service';
import { EnterpriseForm } from './enterprise-form';

const FINAL_ERRORS = { NOT_FOUND: '企业不存在' };

/** `?id=` edits that enterprise; without it, a new one is added to the list. */
export default function EnterpriseEditPage() {
  const id = useRouter().params.id ?? '';
  const { state, reload } = useAsyncData(() => (id ? getEnterprise(id) : Promise.resolve(undefined)), id);
  return (
    <AsyncView state={state} onRetry={() => void reload()} finalErrors={FINAL_ERRORS}>
      {(enterprise) => <EnterpriseForm existing={enterprise} />}
    </AsyncView>
  );
}
