import { Text, View } from '@tarojs/components';
import { DatePicker } from '@/components/date-picker';
import { FormField } from '@/components/form-field';
import { TextField } from '@/components/text-field';
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
            <Text className='promise-draft__title text-subtitle'>{`承诺事项 ${index + 1}`}</Text>
            <Text className='promise-draft__remove link' onClick={() => onRemove(p.key)}>
              删除
            </Text>
          </View>
          <TextField
            label='事项'
            name='promise-content'
            required
            multiline
            error={errors[p.key]?.content}
            value={p.content}
            maxLength={300}
            placeholder='如：协调园区增加研发用房'
            onChange={(content) => onChange(p.key, { content })}
          />
          <TextField label='责任单位或责任人' name='promise-owner' required error={errors[p.key]?.owner} value={p.owner} maxLength={50} placeholder='如：陆家嘴管理局' onChange={(owner) => onChange(p.key, { owner })} />
          <FormField label='完成时限' name='promise-due' required error={errors[p.key]?.dueDate}>
            <DatePicker className='promise-due-picker' value={p.dueDate} placeholder='请选择完成时限' onChange={(dueDate) => onChange(p.key, { dueDate })} />
          </FormField>
        </View>
      ))}
    </View>
  );
}
