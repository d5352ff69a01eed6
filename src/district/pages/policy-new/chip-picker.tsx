import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { CHIP_MAX_LENGTH, chipProblem } from '../../policy-form.rules';

interface ChipPickerProps {
  name: string;
  options: string[];
  value: string[];
  onToggle: (chip: string) => void;
  addPlaceholder: string;
}

/** Common choices as chips, plus any other typed in; none chosen means the policy is open to all. */
export function ChipPicker({ name, options, value, onToggle, addPlaceholder }: ChipPickerProps) {
  const [custom, setCustom] = useState('');
  const [problem, setProblem] = useState('');
  const shown = [...options, ...value.filter((v) => !options.includes(v))];
  const add = () => {
    const found = chipProblem(custom, value);
    setProblem(found ?? '');
    if (found) return;
    onToggle(custom.trim());
    setCustom('');
  };
  return (
    <View className={`chip-picker chip-picker--${name}`}>
      <View className='chips policy-chips'>
        {shown.map((chip) => (
          <View key={chip} className={`chip policy-chip${value.includes(chip) ? ' chip--active' : ''}`} onClick={() => onToggle(chip)}>
            {chip}
          </View>
        ))}
      </View>
      <View className='chip-picker__add'>
        <Input
          className='text-input chip-picker__input'
          value={custom}
          maxlength={CHIP_MAX_LENGTH}
          placeholderClass='input-placeholder'
          placeholder={addPlaceholder}
          onInput={(e) => setCustom(e.detail.value)}
          onConfirm={add}
        />
        <Text className='link chip-picker__button' onClick={add}>
          添加
        </Text>
      </View>
      {problem ? <View className='field-error'>{problem}</View> : null}
    </View>
  );
}
