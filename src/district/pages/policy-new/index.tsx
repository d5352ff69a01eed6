import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { DatePicker } from '@/components/date-picker';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { TextField } from '@/components/text-field';
import { usePolicyForm } from '../../hooks/use-policy-form';
import { INDUSTRY_OPTIONS, type PolicyDraft, TAG_OPTIONS } from '../../policy-form.rules';
import { ChipPicker } from './chip-picker';
import './index.scss';

/** The district publishes a policy to the library; matching enterprises see it, stewards present it. */
export default function PolicyNewPage() {
  const form = usePolicyForm();
  const { draft, change, errors } = form;
  const text = (field: 'title' | 'issuer' | 'link', label: string, placeholder: string, maxlength: number, required = true) => (
    <TextField
      label={label}
      name={field}
      inputClassName={`policy-${field}-input`}
      required={required}
      error={errors[field]}
      value={draft[field]}
      maxLength={maxlength}
      placeholder={placeholder}
      onChange={(value) => change({ [field]: value } as Partial<PolicyDraft>)}
    />
  );

  return (
    <View className='page-root policy-new-page'>
      <Card>
        {text('title', '政策名称', '如：浦东新区促进集成电路产业高质量发展若干措施', 100)}
        <TextField
          label='政策要点'
          name='summary'
          inputClassName='policy-summary-input'
          required
          multiline
          error={errors.summary}
          value={draft.summary}
          maxLength={1000}
          placeholder='支持对象、支持内容和标准、申报方式（至少 10 个字）'
          onChange={(summary) => change({ summary })}
        />
        {text('issuer', '发布单位', '如：区科经委', 50)}
        <FormField label='有效期' name='validTo' required error={errors.validFrom ?? errors.validTo}>
          <View className='policy-dates'>
            <DatePicker className='valid-from' value={draft.validFrom} placeholder='生效日期' onChange={(validFrom) => change({ validFrom })} />
            <View className='policy-dates__to'>至</View>
            <DatePicker className='valid-to' value={draft.validTo} placeholder='截止日期' onChange={(validTo) => change({ validTo })} />
          </View>
        </FormField>
        {text('link', '政策原文链接', '选填，https://…', 300, false)}
      </Card>
      <Card title='适用企业'>
        <View className='page-note policy-audience-note'>不选即面向所有企业；选了行业或类型，只推荐给匹配的企业。</View>
        <FormField label='行业' name='industries' error={errors.industries}>
          <ChipPicker name='industries' options={INDUSTRY_OPTIONS} value={draft.industries} onToggle={(chip) => form.toggle('industries', chip)} addPlaceholder='其他行业' />
        </FormField>
        <FormField label='企业类型标签' name='tags' error={errors.tags}>
          <ChipPicker name='tags' options={TAG_OPTIONS} value={draft.tags} onToggle={(chip) => form.toggle('tags', chip)} addPlaceholder='其他标签' />
        </FormField>
      </Card>
      <FormActions error={form.formError} busy={form.submitting} busyLabel='发布中…' label='发布政策' onSubmit={() => void form.submit()} />
    </View>
  );
}
