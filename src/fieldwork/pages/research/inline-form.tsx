import { Button, Textarea, View } from '@tarojs/components';
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
      <Textarea
        className='fw-textarea inline-form__text'
        value={actions.text}
        maxlength={500}
        placeholderClass='input-placeholder'
        placeholder={placeholder}
        onInput={(e) => actions.setText(e.detail.value)}
      />
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
