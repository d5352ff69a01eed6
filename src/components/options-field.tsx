import { Text, View } from '@tarojs/components';
import type { OptionsState } from '@/utils/option';
import { OptionPicker } from './option-picker';

interface OptionsFieldProps {
  state: OptionsState;
  value: string;
  placeholder: string;
  emptyText: string;
  onChange: (value: string) => void;
  className?: string;
}

/** A picker over options that load from the server, saying so while they load or when they fail. */
export function OptionsField({ state, value, placeholder, emptyText, onChange, className }: OptionsFieldProps) {
  if (state.loading) return <View className='picker-value picker-value--empty'>加载中…</View>;
  if (state.error) {
    return (
      <View className='picker-value picker-value--empty' onClick={state.reload}>
        {state.error}，<Text className='link'>点击重试</Text>
      </View>
    );
  }
  if (state.options.length === 0) return <View className='picker-value picker-value--empty'>{emptyText}</View>;
  return <OptionPicker className={className} options={state.options} value={value} placeholder={placeholder} onChange={onChange} />;
}
