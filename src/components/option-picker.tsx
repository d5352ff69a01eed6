import { Picker, View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';
import type { Option } from '@/utils/option';
import './form-field.scss';

interface OptionPickerProps {
  options: readonly Option[];
  /** '' when nothing is chosen yet. */
  value: string;
  placeholder: string;
  onChange: (value: string) => void;
  /** Names the picker for tests and page styles, e.g. `unit-picker`. */
  className?: string;
  disabled?: boolean;
}

/** The app's one list picker: shows the chosen label, or a faint placeholder until something is chosen. */
export function OptionPicker({ options, value, placeholder, onChange, className, disabled }: OptionPickerProps) {
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
      <View className={classNames('picker-value', className, !chosen && 'picker-value--empty')}>{chosen ? chosen.label : placeholder}</View>
    </Picker>
  );
}
