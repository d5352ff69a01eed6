import { Picker, Text, View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';
import './form-field.scss';

interface DatePickerProps {
  /** YYYY-MM-DD, or '' for none yet. */
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
  /** Names the picker for tests and page styles, e.g. `valid-to`. */
  className?: string;
  /** The first and last day that may be chosen (YYYY-MM-DD). */
  start?: string;
  end?: string;
  /** Shows a small × to clear the date (a filter's bound). */
  clearable?: boolean;
}

/** The app's one date field: Taro's date picker, showing the chosen date or a faint placeholder. */
export function DatePicker({ value, placeholder, onChange, className, start, end, clearable }: DatePickerProps) {
  const picker = (
    <Picker mode='date' value={value} start={start} end={end} onChange={(e) => onChange(String(e.detail.value))}>
      <View className={classNames('picker-value', clearable ? undefined : className, !value && 'picker-value--empty')}>{value || placeholder}</View>
    </Picker>
  );
  if (!clearable) return picker;
  return (
    <View className={classNames('date-field', className)}>
      {picker}
      {value ? (
        <Text className='date-field__clear' onClick={() => onChange('')}>
          ×
        </Text>
      ) : null}
    </View>
  );
}
