import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { DatePicker } from '@/components/date-picker';
import { FormField } from '@/components/form-field';
import { RecordHead } from '@/components/record-head';
import { TextField } from '@/components/text-field';
import { useCalendarOverrides } from '../../hooks/use-calendar-overrides';
import './index.scss';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const weekday = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];

/** Corrections to the holiday calendar that working-day deadlines (e.g. handovers) follow. */
export default function CalendarPage() {
  const c = useCalendarOverrides();
  usePullDownRefresh(async () => {
    await c.reload();
    Taro.stopPullDownRefresh();
  });

  return (
    <View className='page-root calendar-page'>
      <View className='page-note calendar-why'>
        每年的放假和调休安排要到上一年年底才公布，系统内置日历可能滞后；在此补充或更正后，交接、办理时限等工作日计算即按此执行。
      </View>
      <Card title='添加调整' className='calendar-add'>
        <FormField label='日期' name='date' required error={c.errors.date}>
          <DatePicker className='override-date' value={c.draft.date} placeholder='点击选择日期' onChange={(date) => c.setDraft({ ...c.draft, date })} />
        </FormField>
        <FormField label='这一天' name='working' required>
          <View className='chip-row'>
            <Chip className='working-chip' selected={c.draft.working} onClick={() => c.setDraft({ ...c.draft, working: true })}>
              工作日（调休上班）
            </Chip>
            <Chip className='rest-chip' selected={!c.draft.working} onClick={() => c.setDraft({ ...c.draft, working: false })}>
              休息日
            </Chip>
          </View>
        </FormField>
        <TextField label='说明（选填）' name='note' error={c.errors.note} value={c.draft.note} maxLength={50} placeholder='如 春节调休' onChange={(note) => c.setDraft({ ...c.draft, note })} />
        {c.errors.form ? <View className='field-error calendar-error'>{c.errors.form}</View> : null}
        <Button className={`primary-button add-override-button${c.busy === 'add' ? ' is-disabled' : ''}`} disabled={c.busy === 'add' || undefined} onClick={() => void c.add()}>
          {c.busy === 'add' ? '添加中…' : '添加'}
        </Button>
      </Card>
      <View className='year-switch'>
        <Text className='year-switch__arrow prev-year' onClick={() => c.setYear(c.year - 1)}>‹ {c.year - 1}</Text>
        <Text className='year-switch__current text-title'>{c.year} 年的调整</Text>
        <Text className='year-switch__arrow next-year' onClick={() => c.setYear(c.year + 1)}>{c.year + 1} ›</Text>
      </View>
      <AsyncView
        state={c.state}
        onRetry={() => void c.reload()}
        isEmpty={(days) => days.length === 0}
        empty={{ title: `${c.year} 年没有调整`, hint: '该年完全按国家公布的节假日安排计算工作日。' }}
      >
        {(days) =>
          [...days].sort((a, b) => a.date.localeCompare(b.date)).map((day) => (
            <View key={day.date} className='list-item override-item'>
              <RecordHead title={`${day.date} ${weekday(day.date)}`} titleClassName='override-date-text'>
                <Chip tone={day.working ? 'info' : 'ok'} className='override-kind'>
                  {day.working ? '工作日' : '休息日'}
                </Chip>
                <Text className='row-action row-action--danger remove-override' onClick={() => void c.remove(day)}>
                  {c.busy === day.date ? '删除中…' : '删除'}
                </Text>
              </RecordHead>
              {day.note ? <View className='list-item__meta override-note'>{day.note}</View> : null}
            </View>
          ))
        }
      </AsyncView>
    </View>
  );
}
