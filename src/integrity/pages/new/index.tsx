import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { ChoiceChips } from '@/components/chip';
import { ChoiceBlocks } from '@/components/choice-blocks';
import { AttachmentEditor } from '@/components/demand/attachment-editor';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { Notice } from '@/components/notice';
import { TextField } from '@/components/text-field';
import { INTEGRITY_TEXT } from '@/core/contracts/integrity.fields';
import { INTEGRITY_CATEGORIES } from '@/core/integrity/integrity.model';
import { useIntegrityForm } from '../../hooks/use-integrity-form';
import './index.scss';

/** 亲清 (art. 11): tell the district of inaction, interference or misconduct, out of the steward's and the unit's sight. */
export default function IntegrityNewPage() {
  const form = useIntegrityForm();
  return (
    <View className='page-root integrity-new-page'>
      <Notice tone='info' className='integrity-promise'>
        您反映的问题直接报送区科经委，服务管家和属地单位看不到反映内容，也不知道您反映过问题。区科经委 1 个工作日内受理，调查核实后答复您。
      </Notice>
      <Card>
        <FormField label='问题类别' name='category' required error={form.errors.category}>
          <ChoiceChips className='integrity-categories' options={INTEGRITY_CATEGORIES} value={form.category} onChange={form.setCategory} />
        </FormField>
        <TextField
          label='反映内容'
          name='description'
          inputClassName='integrity-description-input'
          required
          multiline
          counter
          error={form.errors.description}
          value={form.description}
          maxLength={INTEGRITY_TEXT.description.max}
          placeholder='请写明时间、涉及人员和经过'
          onChange={form.setDescription}
        />
        <FormField label='证明材料（选填）' name='attachments' error={form.errors.attachments || form.attachments.refusal || undefined}>
          <AttachmentEditor attachments={form.attachments} />
        </FormField>
        <FormField label='对属地单位' name='anonymous'>
          <ChoiceBlocks
            name='anonymous'
            value={form.anonymous ? 'yes' : 'no'}
            onChange={(v) => form.setAnonymous(v === 'yes')}
            options={[
              { value: 'yes', label: '匿名', hint: '如需单位配合调查，不透露您的身份' },
              { value: 'no', label: '可告知', hint: '必要时可向单位说明反映人' },
            ]}
          />
        </FormField>
      </Card>
      <FormActions error={form.formError} busy={form.submitting} label='提交' onSubmit={() => void form.submit()} />
    </View>
  );
}
