import type { ReactNode } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { DatePicker } from './date-picker';
import './filter-panel.scss';

interface FilterPanelProps {
  children: ReactNode;
  error: string;
  onClear: () => void;
  onSearch: () => void;
  /** Beside the buttons, e.g. a 只看风险提示 chip. */
  aside?: ReactNode;
}

/** The white panel above a searchable list: its fields, what is wrong with them, 清空 and 查询. */
export function FilterPanel({ children, error, onClear, onSearch, aside }: FilterPanelProps) {
  return (
    <View className='filter-panel'>
      {children}
      {error ? <View className='field-error filter-panel__error'>{error}</View> : null}
      <View className='filter-panel__row'>
        {aside ?? <View />}
        <View className='filter-panel__buttons'>
          <Button className='plain-button toolbar-button clear-button' size='mini' onClick={onClear}>
            清空
          </Button>
          <Button className='primary-button toolbar-button search-button' size='mini' onClick={onSearch}>
            查询
          </Button>
        </View>
      </View>
    </View>
  );
}

interface DateRangeProps {
  from: string;
  to: string;
  onChange: (patch: { from?: string; to?: string }) => void;
}

/** A period as two clearable dates. */
export function DateRange({ from, to, onChange }: DateRangeProps) {
  return (
    <View className='filter-panel__row date-range'>
      <DatePicker className='filter-field from-date' value={from} placeholder='开始日期' clearable onChange={(value) => onChange({ from: value })} />
      <Text className='date-range__to'>至</Text>
      <DatePicker className='filter-field to-date' value={to} placeholder='结束日期' clearable onChange={(value) => onChange({ to: value })} />
    </View>
  );
}
