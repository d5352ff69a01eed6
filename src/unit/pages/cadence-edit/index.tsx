import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { FormActions } from '@/components/form-actions';
import { TextField } from '@/components/text-field';
import { LocationField } from '@/components/org/location-field';
import { ENTERPRISE_TEXT } from '@/core/contracts/org.fields';
import type { EnterpriseView } from '@/core/org/org.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { useCadenceForm } from '../../hooks/use-cadence-form';
import { CloudError } from '@/services/cloud-error';
import { getEnterprise } from '@/services/enterprise.service';
import { CONTACT_CADENCE, VISIT_CADENCE } from '../../cadence.rules';

const FIELDS = [
  { field: 'contactCadenceDays', label: '联系周期（天）', input: 'contact-cadence-input', rule: CONTACT_CADENCE, what: '联系' },
  { field: 'visitCadenceDays', label: '走访周期（天）', input: 'visit-cadence-input', rule: VISIT_CADENCE, what: '上门走访' },
] as const;

const missingId = () => Promise.reject(new CloudError('NOT_FOUND', '链接中缺少企业编号，请从列表重新进入'));

/** How often one enterprise is to be contacted and visited, and where it is. */
export default function CadenceEditPage() {
  const id = useRouter().params.id ?? '';
  const { state, reload } = useAsyncData(() => (id ? getEnterprise(id) : missingId()), id);
  return (
    <AsyncView state={state} onRetry={() => void reload()}>
      {(enterprise) => <CadenceForm enterprise={enterprise} />}
    </AsyncView>
  );
}

function CadenceForm({ enterprise }: { enterprise: EnterpriseView }) {
  const form = useCadenceForm(enterprise);
  return (
    <View className='page-root cadence-edit'>
      <Card title={enterprise.name}>
        {FIELDS.map(({ field, label, input, rule, what }) => (
          <TextField
            key={field}
            label={label}
            name={field}
            inputClassName={input}
            type='number'
            required
            error={form.errors[field]}
            value={field === 'contactCadenceDays' ? form.contact : form.visit}
            onChange={field === 'contactCadenceDays' ? form.setContact : form.setVisit}
            extra={<View className='field-hint text-hint'>{`每隔多少天至少${what}一次，${rule.min}–${rule.max} 天`}</View>}
          />
        ))}
      </Card>
      <Card title='企业位置'>
        <TextField label='地址' name='address' required error={form.errors.address} value={form.address} maxLength={ENTERPRISE_TEXT.address.max} onChange={form.setAddress} />
        <LocationField withAddress value={form.point} error={form.errors.latitude ?? form.errors.longitude} onChange={form.changePlace} />
      </Card>
      <FormActions error={form.formError} busy={form.submitting} busyLabel='保存中…' label='保存' onSubmit={() => void form.submit()} />
    </View>
  );
}
