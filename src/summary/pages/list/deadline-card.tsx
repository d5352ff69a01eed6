import { Button, Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { DatePicker } from '@/components/date-picker';
import { FormField } from '@/components/form-field';
import type { UnitSummaryList } from '@/core/summary/summary.model';
import type { useUnitSummaries } from '../../hooks/use-summary-list';

/** The district sets (or moves) the year's deadline; reminders go 7 days and 1 day before it. */
export function DeadlineCard({ view, data }: { view: ReturnType<typeof useUnitSummaries>; data: UnitSummaryList }) {
  return (
    <Card className='summary-deadline' title='提交截止日期'>
      <Text className='text-body summary-deadline__current'>{data.deadline ? `当前：${data.deadline}` : '尚未设定'}</Text>
      <FormField label={data.deadline ? '改为' : '设定为'} name='deadline' error={view.errors.deadline}>
        <DatePicker value={view.deadline} placeholder='选择截止日期' onChange={view.setDeadline} className='deadline-picker' />
      </FormField>
      {view.formError ? <View className='form-error'>{view.formError}</View> : null}
      <Button className='primary-button set-deadline' disabled={view.submitting} onClick={() => void view.saveDeadline(data.deadlineVersion)}>
        {view.submitting ? '保存中…' : '保存截止日期'}
      </Button>
      <View className='text-hint'>截止前 7 天和前 1 天提醒未提交的管家和单位，逾期后通知一次。</View>
    </Card>
  );
}
