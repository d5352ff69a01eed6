import { Input, Text, Textarea, View } from '@tarojs/components';
import { FormField } from '@/components/form-field';
import { DatePicker } from '../../components/date-picker';
import type { PromiseDraft, PromiseErrors } from '../../research-form.rules';

interface PromiseEditorProps {
  promises: PromiseDraft[];
  errors: PromiseErrors;
  onChange: (key: string, patch: Partial<Omit<PromiseDraft, 'key'>>) => void;
  onRemove: (key: string) => void;
}

/** The promises made during the visit: each with who answers for it and by when. */
export function PromiseEditor({ promises, errors, onChange, onRemove }: PromiseEditorProps) {
  return (
    <View className='promise-editor'>
      {promises.map((p, index) => (
        <View key={p.key} className='promise-draft'>
          <View className='promise-draft__head'>
            <Text className='promise-draft__title'>{`承诺事项 ${index + 1}`}</Text>
            <Text className='promise-draft__remove link' onClick={() => onRemove(p.key)}>
              删除
            </Text>
          </View>
          <FormField label='事项' name='promise-content' required error={errors[p.key]?.content}>
            <Textarea
              className='fw-textarea promise-content-input'
              value={p.content}
              maxlength={300}
              placeholderClass='input-placeholder'
              placeholder='如：协调园区增加研发用房'
              onInput={(e) => onChange(p.key, { content: e.detail.value })}
            />
          </FormField>
          <FormField label='责任单位或责任人' name='promise-owner' required error={errors[p.key]?.owner}>
            <Input
              className='fw-input promise-owner-input'
              value={p.owner}
              maxlength={50}
              placeholderClass='input-placeholder'
              placeholder='如：陆家嘴管理局'
              onInput={(e) => onChange(p.key, { owner: e.detail.value })}
            />
          </FormField>
          <FormField label='完成时限' name='promise-due' required error={errors[p.key]?.dueDate}>
            <DatePicker className='promise-due-picker' value={p.dueDate} placeholder='请选择完成时限' onChange={(dueDate) => onChange(p.key, { dueDate })} />
          </FormField>
        </View>
      ))}
    </View>
  );
}
