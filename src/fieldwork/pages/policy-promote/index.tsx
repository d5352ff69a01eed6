import { Button, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { FormField } from '@/components/form-field';
import { paramText } from '@/utils/org-urls';
import { ChoiceChips } from '../../components/choice-chips';
import { EnterpriseField } from '../../components/enterprise-field';
import { NOTE_MAX, usePromoteForm } from '../../hooks/use-promote-form';
import '../../fieldwork.scss';
import './index.scss';

const YES = '有意申报';
const NO = '暂不申报';

/** After presenting a policy to an enterprise: which one, and whether it intends to apply (art. 5.2). */
export default function PolicyPromotePage() {
  const params = useRouter().params;
  const form = usePromoteForm(params.policyId ?? '');
  return (
    <View className='page-root fieldwork-page policy-promote-page'>
      <Card>
        <View className='promote-policy-title'>{paramText(params.title) || '政策'}</View>
        <EnterpriseField value={form.enterpriseId} onChange={(id) => form.setEnterpriseId(id)} error={form.errors.enterpriseId} />
        <FormField label='企业是否有意申报' name='intendsToApply' required error={form.errors.intendsToApply}>
          <ChoiceChips
            className='intent-chips'
            options={[YES, NO]}
            value={form.intends === null ? '' : form.intends ? YES : NO}
            onChange={(v) => form.setIntends(v === YES)}
          />
        </FormField>
        <FormField label='备注' name='note' error={form.errors.note}>
          <Textarea
            className='fw-textarea promote-note-input'
            value={form.note}
            maxlength={NOTE_MAX}
            placeholderClass='input-placeholder'
            placeholder='选填，如：企业计划下月提交申报材料'
            onInput={(e) => form.setNote(e.detail.value)}
          />
        </FormField>
      </Card>
      {form.formError ? <View className='form-error'>{form.formError}</View> : null}
      <View className='form-actions'>
        <Button className={`primary-button submit-button${form.submitting ? ' is-disabled' : ''}`} onClick={() => void form.submit()}>
          {form.submitting ? '保存中…' : '保存宣讲记录'}
        </Button>
      </View>
    </View>
  );
}
