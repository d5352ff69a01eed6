import { Button, Input, Textarea, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { FormField } from '@/components/form-field';
import { DateField } from '../../components/date-field';
import { usePolicyForm } from '../../hooks/use-policy-form';
import { INDUSTRY_OPTIONS, type PolicyDraft, TAG_OPTIONS } from '../../policy-form.rules';
import { ChipPicker } from './chip-picker';
import '../../district.scss';
import './index.scss';

/** The district publishes a policy to the library; matching enterprises see it, stewards present it. */
export default function PolicyNewPage() {
  const form = usePolicyForm();
  const { draft, change, errors } = form;
  const text = (field: 'title' | 'issuer' | 'link', label: string, placeholder: string, maxlength: number, required = true) => (
    <FormField label={label} name={field} required={required} error={errors[field]}>
      <Input
        className={`text-input policy-${field}-input`}
        value={draft[field]}
        maxlength={maxlength}
        placeholderClass='input-placeholder'
        placeholder={placeholder}
        onInput={(e) => change({ [field]: e.detail.value } as Partial<PolicyDraft>)}
      />
    </FormField>
  );

  return (
    <View className='page-root district-page policy-new-page'>
      <Card>
        {text('title', '政策名称', '如：浦东新区促进集成电路产业高质量发展若干措施', 100)}
        <FormField label='政策要点' name='summary' required error={errors.summary}>
          <Textarea
            className='text-area policy-summary-input'
            value={draft.summary}
            maxlength={1000}
            placeholderClass='input-placeholder'
            placeholder='支持对象、支持内容和标准、申报方式（至少 10 个字）'
            onInput={(e) => change({ summary: e.detail.value })}
          />
        </FormField>
        {text('issuer', '发布单位', '如：区科经委', 50)}
        <FormField label='有效期' name='validTo' required error={errors.validFrom ?? errors.validTo}>
          <View className='policy-dates'>
            <DateField className='valid-from' value={draft.validFrom} placeholder='生效日期' onChange={(validFrom) => change({ validFrom })} />
            <View className='policy-dates__to'>至</View>
            <DateField className='valid-to' value={draft.validTo} placeholder='截止日期' onChange={(validTo) => change({ validTo })} />
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
      {form.formError ? <View className='form-error'>{form.formError}</View> : null}
      <View className='form-actions'>
        <Button className={`primary-button submit-button${form.submitting ? ' is-disabled' : ''}`} onClick={() => void form.submit()}>
          {form.submitting ? '发布中…' : '发布政策'}
        </Button>
      </View>
    </View>
  );
}
