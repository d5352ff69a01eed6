import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './form-field.scss';

interface FormFieldProps {
  label: string;
  required?: boolean;
  error?: string;
  /** Names the field for styles and tests, e.g. `title` → `form-field--title`. */
  name: string;
  extra?: ReactNode;
  children: ReactNode;
}

export function FormField({ label, required, error, name, extra, children }: FormFieldProps) {
  return (
    <View className={`form-field form-field--${name}`}>
      <View className='form-field__label'>
        {label}
        {required ? <Text className='form-field__required'>*</Text> : null}
      </View>
      {children}
      {extra}
      {error ? <View className={`field-error field-error--${name}`}>{error}</View> : null}
    </View>
  );
}
