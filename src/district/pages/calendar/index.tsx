import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { DatePicker } from '@/components/date-picker';
import { FormField } from '@/components/form-field';
import { CalendarWarning } from '@/components/calendar-warning';
import { TextField } from '@/components/text-field';
import type { CalendarOverride } from '@/core/org/org.model';
import { yearSource, type YearSource } from '@/core/time/calendar-coverage';
import { useCalendarStatus } from '@/hooks/use-calendar-status';
import { useCalendarOverrides } from '../../hooks/use-calendar-overrides';
import { OverrideRow } from './override-row';
import { YearScheduleCard } from './year-schedule-card';
import './index.scss';

/** Where a year's working days come from, said plainly: the page never claims a schedule it does not have. */
const SOURCE_WORDS: Record<YearSource, string> = {
  package: '按国家公布的节假日安排（系统内置数据）计算',
  district: '按区里录入的国务院节假日安排计算',
  none: '尚无官方节假日安排，暂按周一至周五计算',
};

const sourceOf = (year: number, days: CalendarOverride[]) => yearSource(year, new Set(days.some((d) => d.officialYear === year) ? [year] : []));

/** The working-day calendar that every deadline follows: the official schedule, a year entered at once, corrections by day. */
export default function CalendarPage() {
  const c = useCalendarOverrides();
  const status = useCalendarStatus('calendar-page');
  usePullDownRefresh(async () => {
    await Promise.all([c.reload(), status.refresh()]);
    Taro.stopPullDownRefresh();
  });
  // The years missing a schedule first, then those the district entered (to correct them).
  const years = status.state.status === 'ready' ? status.state.data.years : [];
  const offered = [...years.filter((y) => y.source === 'none'), ...years.filter((y) => y.source === 'district')].map((y) => y.year);

  return (
    <View className='page-root calendar-page'>
      <CalendarWarning warning={status.warning} />
      <View className='page-note calendar-why'>
        每年的放假和调休安排要到上一年年底才由国务院公布，系统内置日历只到其发布时已知的年份；请在公布后录入全年安排，或按天补充更正。交接、办理时限等工作日计算即按此执行。
      </View>
      {offered.length > 0 ? (
        <YearScheduleCard
          key={offered.join(',')}
          years={offered}
          onSaved={async (year) => {
            c.setYear(year);
            await Promise.all([c.reload(), status.refresh()]);
          }}
        />
      ) : null}
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
        isEmpty={(days) => days.length === 0 && sourceOf(c.year, days) !== 'none'}
        empty={{ title: `${c.year} 年没有调整`, hint: `该年${SOURCE_WORDS[sourceOf(c.year, [])]}工作日。` }}
      >
        {(days) => (
          <>
            <View className={`page-note year-source year-source--${sourceOf(c.year, days)}`}>{`${c.year} 年${SOURCE_WORDS[sourceOf(c.year, days)]}工作日${days.length ? `；以下 ${days.length} 天另有安排` : ''}。`}</View>
            {[...days].sort((a, b) => a.date.localeCompare(b.date)).map((day) => (
              <OverrideRow key={day.date} day={day} busy={c.busy === day.date} onRemove={() => void c.remove(day)} />
            ))}
          </>
        )}
      </AsyncView>
    </View>
  );
}
