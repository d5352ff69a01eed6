import { Picker, View } from '@tarojs/components';

interface DatePickerProps {
  /** YYYY-MM-DD, or '' for none yet. */
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
  className?: string;
  end?: string;
}

/** A date from Taro's picker, showing the chosen date or a grey placeholder. */
export function DatePicker({ value, placeholder, onChange, className = '', end }: DatePickerProps) {
  return (
    <Picker mode='date' value={value} end={end} onChange={(e) => onChange(String(e.detail.value))}>
      <View className={`fw-picker ${className}${value ? '' : ' fw-picker--empty'}`}>{value || placeholder}</View>
    </Picker>
  );
}
