import { View, Text } from '@tarojs/components';
import { ChoiceChips } from '@/components/chip';
import { DatePicker } from '@/components/date-picker';
import { PERIOD_KIND_LABELS, PERIOD_KINDS, type PeriodKind } from '@/core/figures/periods';
import type { PeriodChoice } from '../../hooks/use-figures-query';

interface PeriodBarProps {
  period: PeriodChoice;
  onChange: (patch: Partial<PeriodChoice>) => void;
  today: string;
}

/** 周 / 月 / 季度 / 年 containing a chosen day (today by default), or a custom range. */
export function PeriodBar({ period, onChange, today }: PeriodBarProps) {
  return (
    <View className='figures-period'>
      <ChoiceChips options={PERIOD_KINDS} value={period.kind} chipClassName='period-chip' label={(k) => PERIOD_KIND_LABELS[k as PeriodKind]} onChange={(kind) => onChange({ kind })} />
      {period.kind === 'custom' ? (
        <View className='figures-period__dates'>
          <DatePicker className='period-from' value={period.from} placeholder='开始日期' end={period.to || today} onChange={(from) => onChange({ from })} />
          <Text className='text-meta'>至</Text>
          <DatePicker className='period-to' value={period.to} placeholder='结束日期' end={today} onChange={(to) => onChange({ to })} />
        </View>
      ) : (
        <View className='figures-period__dates'>
          <Text className='text-meta'>含日期</Text>
          <DatePicker className='period-date' value={period.date} placeholder='今天' end={today} clearable onChange={(date) => onChange({ date })} />
        </View>
      )}
    </View>
  );
}
