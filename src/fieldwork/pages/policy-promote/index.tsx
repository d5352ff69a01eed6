import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { ChoiceChips } from '@/components/chip';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { TextField } from '@/components/text-field';
import { paramText } from '@/utils/org-urls';
import { EnterpriseField } from '@/components/org/enterprise-field';
import { NOTE_MAX, usePromoteForm } from '../../hooks/use-promote-form';
import './index.scss';

const YES = '有意申报';
const NO = '暂不申报';

/** After presenting a policy to an enterprise: which one, and whether it intends to apply (art. 5.2). */
export default function PolicyPromotePage() {
  const params = useRouter().params;
  // From a to-do the enterprise is given; from the policy library it is chosen.
  const fixedEnterprise = params.enterpriseId || undefined;
  const form = usePromoteForm(params.policyId ?? '', fixedEnterprise);
  return (
    <View className='page-root policy-promote-page'>
      <Card>
        <View className='promote-policy-title'>{paramText(params.title) || '政策'}</View>
        <EnterpriseField fixedName={fixedEnterprise ? paramText(params.name) : undefined} value={form.enterpriseId} onChange={(id) => form.setEnterpriseId(id)} error={form.errors.enterpriseId} />
        <FormField label='企业是否有意申报' name='intendsToApply' required error={form.errors.intendsToApply}>
          <ChoiceChips className='intent-chips' options={[YES, NO]} value={form.intends === null ? '' : form.intends ? YES : NO} onChange={(v) => form.setIntends(v === YES)} />
        </FormField>
        <TextField label='备注' name='note' inputClassName='promote-note-input' multiline error={form.errors.note} value={form.note} maxLength={NOTE_MAX} placeholder='选填，如：企业计划下月提交申报材料' onChange={form.setNote} />
      </Card>
      <FormActions error={form.formError} busy={form.submitting} busyLabel='保存中…' label='保存宣讲记录' onSubmit={() => void form.submit()} />
    </View>
  );
}
