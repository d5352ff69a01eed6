import type { ReactNode } from 'react';
import { Input, Text, Textarea } from '@tarojs/components';
import { classNames } from '@/utils/class-names';
import { FormField } from './form-field';
import './form-field.scss';

export interface TextInputProps {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  maxLength?: number;
  /** Several lines (a Textarea), e.g. a description or a reason. */
  multiline?: boolean;
  /** A grey box around the text (the forms of a demand's steps). */
  filled?: boolean;
  type?: 'text' | 'number' | 'digit' | 'idcard';
  disabled?: boolean;
  /** The keyboard's action key, e.g. `search`; `onConfirm` runs on it. */
  confirmType?: 'search' | 'done';
  onConfirm?: (value: string) => void;
  className?: string;
}

/** The app's one text input: a line or several, with the app's placeholder colour. */
export function TextInput({ value, onChange, placeholder, maxLength, multiline, filled, type, disabled, confirmType, onConfirm, className }: TextInputProps) {
  const common = {
    value,
    placeholder,
    maxlength: maxLength,
    disabled,
    placeholderClass: 'input-placeholder',
    onInput: (e: { detail: { value: string } }) => onChange(e.detail.value),
    onConfirm: onConfirm ? (e: { detail: { value: string } }) => onConfirm(e.detail.value) : undefined,
  };
  if (multiline) return <Textarea className={classNames('text-field__textarea', filled && 'text-field__textarea--filled', className)} {...common} />;
  return <Input className={classNames('text-field__input', className)} type={type} confirmType={confirmType} {...common} />;
}

interface TextFieldProps extends Omit<TextInputProps, 'className'> {
  label: string;
  /** Names the field, e.g. `title` → `form-field--title`, and its input `title-input`. */
  name: string;
  required?: boolean;
  error?: string;
  /** Shows `typed/max` under the field (with `maxLength`). */
  counter?: boolean;
  /** The input's own class when it is not `${name}-input`. */
  inputClassName?: string;
  extra?: ReactNode;
}

/** A labelled text field: label (with * when required), input, optional counter and the field's error. */
export function TextField({ label, name, required, error, counter, inputClassName, extra, ...input }: TextFieldProps) {
  const count = counter && input.maxLength ? <Text className='text-field__counter'>{`${input.value.length}/${input.maxLength}`}</Text> : null;
  return (
    <FormField label={label} name={name} required={required} error={error} extra={count || extra ? <>{count}{extra}</> : undefined}>
      <TextInput {...input} className={inputClassName ?? `${name}-input`} />
    </FormField>
  );
}
