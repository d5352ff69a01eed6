import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import { checkNote, type NoteStepSpec } from '@/utils/demand-steps';
import { classNames } from '@/utils/class-names';
import { TextField } from '../text-field';
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
      {spec.hint ? <View className='step-form__hint text-hint'>{spec.hint}</View> : null}
      <TextField
        label={spec.what}
        name={spec.field}
        inputClassName='step-form__textarea'
        required={!spec.optional}
        multiline
        filled
        counter
        error={error || serverError}
        value={text}
        maxLength={spec.max}
        placeholder={spec.placeholder}
        onChange={setText}
      />
      {formError ? <View className='form-error step-form__error'>{formError}</View> : null}
      <View className='step-form__actions'>
        <Button className='plain-button step-form__cancel' onClick={onCancel}>
          取消
        </Button>
        <Button className={classNames(spec.danger ? 'danger-button' : 'primary-button', 'step-form__submit', busy && 'is-disabled')} onClick={submit}>
          {busy ? '提交中…' : spec.confirm}
        </Button>
      </View>
    </View>
  );
}
