import { Picker, Text, View } from '@tarojs/components';

interface DateFieldProps {
  /** YYYY-MM-DD, or '' for none. */
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
  className?: string;
  /** Shows a small × to clear the date. */
  clearable?: boolean;
}

export function DateField({ value, placeholder, onChange, className = '', clearable }: DateFieldProps) {
  return (
    <View className={`date-field ${className}`}>
      <Picker mode='date' value={value} onChange={(e) => onChange(String(e.detail.value))}>
        <View className={`option-picker${value ? '' : ' option-picker--empty'}`}>{value || placeholder}</View>
      </Picker>
      {clearable && value ? (
        <Text className='date-field__clear' onClick={() => onChange('')}>
          ×
        </Text>
      ) : null}
    </View>
  );
}
