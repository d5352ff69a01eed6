import { useState } from 'react';
import { Button, Text, Textarea, View } from '@tarojs/components';
import { FormField } from '../form-field';
import { checkNote, type NoteStepSpec } from '@/utils/demand-steps';
import './step-form.scss';

interface NoteStepFormProps {
  spec: NoteStepSpec;
  busy: boolean;
  /** The server's message for this field, if it refused it. */
  serverError?: string;
  formError?: string;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}

/** A step that needs one piece of text (a reason, a note, the result): checked, then sent. */
export function NoteStepForm({ spec, busy, serverError, formError, onSubmit, onCancel }: NoteStepFormProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const submit = () => {
    if (busy) return;
    const found = checkNote(spec, text);
    setError(found);
    if (!found) onSubmit(text.trim());
  };
  return (
    <View className={`step-form step-form--${spec.field} note-step-form`}>
      <View className='step-form__title'>{spec.label}</View>
      {spec.hint ? <View className='step-form__hint'>{spec.hint}</View> : null}
      <FormField
        label={spec.what}
        name={spec.field}
        required={!spec.optional}
        error={error || serverError}
        extra={<Text className='step-form__counter'>{`${text.length}/${spec.max}`}</Text>}
      >
        <Textarea
          className='step-form__textarea step-textarea'
          value={text}
          maxlength={spec.max}
          placeholder={spec.placeholder}
          placeholderClass='input-placeholder'
          onInput={(e) => setText(e.detail.value)}
        />
      </FormField>
      {formError ? <View className='step-form__error form-error'>{formError}</View> : null}
      <View className='step-form__actions'>
        <Button className='plain-button step-form__cancel' onClick={onCancel}>
          取消
        </Button>
        <Button className={`${spec.danger ? 'danger-button' : 'primary-button'} step-form__submit${busy ? ' is-disabled' : ''}`} onClick={submit}>
          {busy ? '提交中…' : spec.confirm}
        </Button>
      </View>
    </View>
  );
}
