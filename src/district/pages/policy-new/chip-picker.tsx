import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ChoiceChips } from '@/components/chip';
import { TextInput } from '@/components/text-field';
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
      <ChoiceChips className='policy-chips' chipClassName='policy-chip' options={shown} value={value} onChange={onToggle} />
      <View className='chip-picker__add'>
        <TextInput className='chip-picker__input' value={custom} maxLength={CHIP_MAX_LENGTH} placeholder={addPlaceholder} onChange={setCustom} onConfirm={add} />
        <Text className='link chip-picker__button' onClick={add}>
          添加
        </Text>
      </View>
      {problem ? <View className='field-error'>{problem}</View> : null}
    </View>
  );
}
