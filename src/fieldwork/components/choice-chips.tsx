import { View } from '@tarojs/components';

interface ChoiceChipsProps {
  options: readonly string[];
  /** One chosen value, or several when `multiple`. */
  value: string | string[];
  onChange: (value: string) => void;
  className?: string;
}

/** A row of chips; the page decides whether a tap chooses one or toggles one of several. */
export function ChoiceChips({ options, value, onChange, className = '' }: ChoiceChipsProps) {
  const chosen = (option: string) => (Array.isArray(value) ? value.includes(option) : value === option);
  return (
    <View className={`fw-chips ${className}`}>
      {options.map((option) => (
        <View key={option} className={`fw-chip${chosen(option) ? ' fw-chip--active' : ''}`} onClick={() => onChange(option)}>
          {option}
        </View>
      ))}
    </View>
  );
}
