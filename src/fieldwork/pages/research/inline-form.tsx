import { Button, View } from '@tarojs/components';
import { TextInput } from '@/components/text-field';
import type { useResearchActions } from '../../hooks/use-research-actions';

interface InlineFormProps {
  actions: ReturnType<typeof useResearchActions>;
  placeholder: string;
  submitLabel: string;
  name: string;
}

/** A short text written in place: a promise's outcome or a follow-up note. */
export function InlineForm({ actions, placeholder, submitLabel, name }: InlineFormProps) {
  return (
    <View className={`inline-form inline-form--${name}`}>
      <TextInput className='inline-form__text' multiline value={actions.text} maxLength={500} placeholder={placeholder} onChange={actions.setText} />
      {actions.error ? <View className='field-error'>{actions.error}</View> : null}
      <View className='inline-form__buttons'>
        <Button className='plain-button inline-form__cancel' size='mini' onClick={actions.cancel}>
          取消
        </Button>
        <Button className={`primary-button inline-form__submit${actions.busy ? ' is-disabled' : ''}`} size='mini' onClick={() => void actions.submit()}>
          {actions.busy ? '提交中…' : submitLabel}
        </Button>
      </View>
    </View>
  );
}
