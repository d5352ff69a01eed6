import { Text, View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import { RecordHead } from '@/components/record-head';
import type { CalendarOverride } from '@/core/org/org.model';
import { weekdayLabel } from '@/core/time/year-schedule';

/** One day the calendar differs from Monday–Friday or the package: entered with a year's schedule, or by hand. */
export function OverrideRow({ day, busy, onRemove }: { day: CalendarOverride; busy: boolean; onRemove: () => void }) {
  return (
    <View className='list-item override-item'>
      <RecordHead title={`${day.date} ${weekdayLabel(day.date)}`} titleClassName='override-date-text'>
        {day.officialYear ? (
          <Chip tone='muted' className='override-official'>
            国务院安排
          </Chip>
        ) : null}
        <Chip tone={day.working ? 'info' : 'ok'} className='override-kind'>
          {day.working ? '工作日' : '休息日'}
        </Chip>
        <Text className='row-action row-action--danger remove-override' onClick={onRemove}>
          {busy ? '删除中…' : '删除'}
        </Text>
      </RecordHead>
      {day.note ? <View className='list-item__meta override-note'>{day.note}</View> : null}
    </View>
  );
}
