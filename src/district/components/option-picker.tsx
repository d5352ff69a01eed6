import { Picker, View } from '@tarojs/components';
import type { Option } from '@/utils/option';

export type PickerOption = Option;

interface OptionPickerProps {
  options: PickerOption[];
  /** '' when nothing is chosen yet. */
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
  className?: string;
  disabled?: boolean;
}

/** A selector picker over labelled values, showing the chosen label or a grey placeholder. */
export function OptionPicker({ options, value, placeholder, onChange, className = '', disabled }: OptionPickerProps) {
  const index = options.findIndex((option) => option.value === value);
  const chosen = index >= 0 ? options[index] : undefined;
  return (
    <Picker
      mode='selector'
      range={options.map((option) => option.label)}
      value={Math.max(index, 0)}
      disabled={disabled || options.length === 0}
      onChange={(e) => {
        const option = options[Number(e.detail.value)];
        if (option) onChange(option.value);
      }}
    >
      <View className={`option-picker ${className}${chosen ? '' : ' option-picker--empty'}`}>
        {chosen ? chosen.label : placeholder}
      </View>
    </Picker>
  );
}
