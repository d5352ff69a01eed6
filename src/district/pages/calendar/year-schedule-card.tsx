import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { FormActions } from '@/components/form-actions';
import { Notice } from '@/components/notice';
import { TextField } from '@/components/text-field';
import { entryDates, SCHEDULE_KIND_LABELS, weekdayLabel } from '@/core/time/year-schedule';
import { useYearSchedule } from '../../hooks/use-year-schedule';

const EXAMPLE = '粘贴国务院办公厅的通知原文，或逐行填写，例如：\n春节 2027-02-06 至 2027-02-13 放假\n2027-02-14、2027-02-20 上班';
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

interface YearScheduleCardProps {
  /** Years the form offers, the first one missing its schedule first. */
  years: number[];
  onSaved: (year: number) => unknown;
}

/** Enter a year's holidays and make-up working days, as the State Council publishes them each winter. */
export function YearScheduleCard({ years, onSaved }: YearScheduleCardProps) {
  const form = useYearSchedule(years[0], onSaved);
  return (
    <Card title='录入全年节假日安排' className='year-schedule'>
      <View className='year-schedule__years'>
        {years.map((y) => (
          <Chip key={y} className='year-schedule__year' selected={form.year === y} onClick={() => form.choose(y)}>
            {`${y} 年`}
          </Chip>
        ))}
      </View>
      <TextField label='国务院公布的安排' name='notice' inputClassName='year-schedule__text' multiline filled value={form.text} maxLength={4000} placeholder={EXAMPLE} onChange={form.setText} />
      {form.entries.length > 0 ? (
        <View className='year-schedule__preview'>
          {form.entries.map((e, i) => {
            const dates = entryDates(e);
            const problem = form.entryProblem(i);
            return (
              <View key={`${e.kind}-${e.from}-${i}`} className={`year-entry year-entry--${e.kind}${problem ? ' year-entry--bad' : ''}`}>
                <View className='year-entry__line'>
                  <Chip tone={e.kind === 'holiday' ? 'ok' : 'info'} className='year-entry__kind'>
                    {SCHEDULE_KIND_LABELS[e.kind]}
                  </Chip>
                  <Text className='year-entry__name'>{e.name}</Text>
                  <Text className='year-entry__dates'>
                    {e.from === e.to ? `${monthDay(e.from)}（${weekdayLabel(e.from)}）` : `${monthDay(e.from)}至${monthDay(e.to)}，共 ${dates.length} 天`}
                  </Text>
                </View>
                {problem ? <Text className='field-error year-entry__problem'>{problem}</Text> : null}
              </View>
            );
          })}
        </View>
      ) : null}
      {form.unread.length > 0 ? (
        <Notice compact className='year-schedule__unread'>{`以下内容未注明“放假”或“上班”，请补上后再保存：${form.unread.join('；')}`}</Notice>
      ) : null}
      {form.problems.entries ? <Notice compact tone='error' className='year-schedule__missing'>{form.problems.entries}</Notice> : null}
      <FormActions
        error={form.serverError}
        busy={form.busy}
        label={form.entries.length ? `保存${form.year}年安排（放假 ${form.holidays} 天，调休上班 ${form.workdays} 天）` : `保存${form.year}年安排`}
        name='save-year'
        onSubmit={() => void form.save()}
        hint='保存后替换此前录入的该年安排，在办诉求和交接的期限随之重新计算，并在诉求进度中注明。'
      />
    </Card>
  );
}
