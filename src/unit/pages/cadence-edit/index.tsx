import { Button, Input, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { ErrorState } from '@/components/error-state';
import { FormField } from '@/components/form-field';
import { LoadingState } from '@/components/loading-state';
import { useAsyncData } from '@/hooks/use-async-data';
import { useCadenceForm } from '@/hooks/use-cadence-form';
import { CloudError } from '@/services/cloud-error';
import { getEnterprise } from '@/services/enterprise.service';
import { CONTACT_CADENCE, VISIT_CADENCE } from '@/utils/cadence.rules';
import '../../components/unit.scss';

const missingId = () => Promise.reject(new CloudError('NOT_FOUND', '链接中缺少企业编号，请从列表重新进入'));

export default function CadenceEditPage() {
  const id = useRouter().params.id ?? '';
  const { state, reload } = useAsyncData(() => (id ? getEnterprise(id) : missingId()), id);
  const form = useCadenceForm(state.status === 'ready' ? state.data : undefined);

  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') return <ErrorState message={state.error.message} onRetry={() => void reload()} />;
  return (
    <View className='page-root cadence-edit'>
      <Card title={state.data.name}>
        <FormField label='联系周期（天）' name='contactCadenceDays' required error={form.errors.contactCadenceDays}>
          <Input
            className='field-input contact-cadence-input'
            type='number'
            value={form.contact}
            onInput={(e) => form.setContact(e.detail.value)}
          />
          <Text className='unit-hint cadence-range'>{`每隔多少天至少联系一次，${CONTACT_CADENCE.min}–${CONTACT_CADENCE.max} 天`}</Text>
        </FormField>
        <FormField label='走访周期（天）' name='visitCadenceDays' required error={form.errors.visitCadenceDays}>
          <Input
            className='field-input visit-cadence-input'
            type='number'
            value={form.visit}
            onInput={(e) => form.setVisit(e.detail.value)}
          />
          <Text className='unit-hint cadence-range'>{`每隔多少天至少上门走访一次，${VISIT_CADENCE.min}–${VISIT_CADENCE.max} 天`}</Text>
        </FormField>
      </Card>
      {form.formError ? <View className='form-error'>{form.formError}</View> : null}
      <View className='form-actions'>
        <Button
          className={`primary-button submit-button${form.submitting ? ' is-disabled' : ''}`}
          {...(form.submitting ? { disabled: true } : {})}
          onClick={() => void form.submit()}
        >
          {form.submitting ? '保存中…' : '保存'}
        </Button>
      </View>
    </View>
  );
}
