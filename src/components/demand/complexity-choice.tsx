import { Text, View } from '@tarojs/components';
import type { Complexity } from '@/core/demand/demand.deadlines';
import './step-form.scss';

const OPTIONS: Array<{ value: Complexity; label: string; hint: string }> = [
  { value: 'simple', label: '简单件', hint: '5个工作日内办结' },
  { value: 'complex', label: '复杂件', hint: '15个工作日内办结' },
];

/** Simple or complex: decides the resolve deadline (5 or 15 working days). */
export function ComplexityChoice({ value, onChange }: { value: Complexity | ''; onChange: (value: Complexity) => void }) {
  return (
    <View className='step-choice-grid complexity-choice'>
      {OPTIONS.map((option) => (
        <View
          key={option.value}
          className={`step-choice complexity-option complexity-option--${option.value}${value === option.value ? ' step-choice--active' : ''}`}
          onClick={() => onChange(option.value)}
        >
          {option.label}
          <Text className='step-choice__hint'>{option.hint}</Text>
        </View>
      ))}
    </View>
  );
}
