import { ChoiceChips } from '@/components/chip';
import { DatePicker } from '@/components/date-picker';
import { FormField } from '@/components/form-field';
import { OptionPicker } from '@/components/option-picker';
import { TextInput } from '@/components/text-field';
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
    case 'text':
      return (
        <TextInput
          className={className}
          multiline={field.kind === 'textarea'}
          value={value}
          maxLength={field.max}
          placeholder={field.placeholder ?? `请填写${field.what}`}
          onChange={onChange}
        />
      );
    case 'number':
      return <TextInput className={className} type='digit' value={value} maxLength={12} placeholder={field.placeholder ?? '请填写数字'} onChange={onChange} />;
    case 'choice':
      // Up to five options: chips are one tap; a wheel would be two.
      return field.options.length <= 5 ? (
        <ChoiceChips className={className} options={field.options} value={value} onChange={onChange} />
      ) : (
        <OptionPicker className={className} options={field.options.map((o) => ({ value: o, label: o }))} value={value} placeholder='请选择' onChange={onChange} />
      );
    case 'date':
      return <DatePicker className={className} value={value} placeholder={`请选择${field.what}`} onChange={onChange} />;
  }
}
