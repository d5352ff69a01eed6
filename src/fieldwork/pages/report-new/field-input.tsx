import { Input, Picker, Textarea, View } from '@tarojs/components';
import { FormField } from '@/components/form-field';
import { ChoiceChips } from '../../components/choice-chips';
import { DatePicker } from '../../components/date-picker';
import type { ReportField } from '../../report-fields';

interface FieldInputProps {
  field: ReportField;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

const required = (field: ReportField) => (field.kind === 'text' || field.kind === 'textarea' ? field.min !== undefined : true);

/** One field of a report, drawn from its description: text, number, choice or date. */
export function FieldInput({ field, value, error, onChange }: FieldInputProps) {
  return (
    <FormField label={field.label} name={field.key} required={required(field)} error={error}>
      <Control field={field} value={value} onChange={onChange} />
    </FormField>
  );
}

function Control({ field, value, onChange }: Omit<FieldInputProps, 'error'>) {
  const className = `report-input report-input--${field.key}`;
  switch (field.kind) {
    case 'textarea':
      return (
        <Textarea
          className={`fw-textarea ${className}`}
          value={value}
          maxlength={field.max}
          placeholderClass='input-placeholder'
          placeholder={field.placeholder ?? `请填写${field.what}`}
          onInput={(e) => onChange(e.detail.value)}
        />
      );
    case 'text':
    case 'number':
      return (
        <Input
          className={`fw-input ${className}`}
          type={field.kind === 'number' ? 'digit' : 'text'}
          value={value}
          maxlength={field.kind === 'text' ? field.max : 12}
          placeholderClass='input-placeholder'
          placeholder={field.placeholder ?? (field.kind === 'number' ? '请填写数字' : `请填写${field.what}`)}
          onInput={(e) => onChange(e.detail.value)}
        />
      );
    case 'choice':
      // Up to five options: chips are one tap; a wheel would be two.
      return field.options.length <= 5 ? (
        <ChoiceChips className={className} options={field.options} value={value} onChange={onChange} />
      ) : (
        <Picker mode='selector' range={[...field.options]} value={Math.max(field.options.indexOf(value), 0)} onChange={(e) => onChange(field.options[Number(e.detail.value)])}>
          <View className={`fw-picker ${className}${value ? '' : ' fw-picker--empty'}`}>{value || '请选择'}</View>
        </Picker>
      );
    case 'date':
      return <DatePicker className={className} value={value} placeholder={`请选择${field.what}`} onChange={onChange} />;
  }
}
