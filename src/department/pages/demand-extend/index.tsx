import { Picker, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { ChoiceBlocks } from '@/components/choice-blocks';
import { DemandBrief } from '@/components/demand/demand-brief';
import { StepPage } from '@/components/demand/step-page';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { TextField } from '@/components/text-field';
import type { DemandDetail } from '@/core/demand/demand.model';
import { EXTEND_REASON, useDemandExtend } from '@/hooks/use-demand-extend';
import { classNames } from '@/utils/class-names';
import { monthDay } from '@/utils/handover-deadline';
import './index.scss';

const dayLabel = (date: string) => monthDay(`${date}T12:00:00+08:00`);

/** The department asks for more time: the enterprise sees the reason and the new date. */
export default function DemandExtendPage() {
  const id = useRouter().params.id ?? '';
  return <StepPage id={id} step='extend' render={(demand, refresh) => <ExtendForm demand={demand} refresh={refresh} />} />;
}

function ExtendForm({ demand, refresh }: { demand: DemandDetail; refresh: () => unknown }) {
  const form = useDemandExtend(demand, refresh);
  const suggestions = form.suggestions.map((s) => ({ value: s.date, label: `再延 ${s.days} 个工作日`, hint: dayLabel(s.date) }));
  return (
    <View className='page-root demand-extend'>
      <DemandBrief demand={demand} showDescription={false} />
      <Card>
        <View className='extend-current text-note'>
          {form.current ? `当前办结期限：${dayLabel(form.current)}` : '首次联系企业后开始计算办结期限；新的日期须晚于原办结期限。'}
        </View>
        <FormField label='新的承诺办结日期' name='newDueDate' required error={form.errors.newDueDate}>
          <ChoiceBlocks name='extend' options={suggestions} value={form.date} onChange={form.setDate} />
          <Picker mode='date' value={form.date || form.start} start={form.start} onChange={(e) => form.setDate(String(e.detail.value))}>
            <View className={classNames('picker-value', 'extend-date', !form.date && 'picker-value--empty')}>
              {form.date ? `${form.date}（${dayLabel(form.date)}）` : '或点击选择其他日期'}
            </View>
          </Picker>
        </FormField>
        <TextField
          label={EXTEND_REASON.what}
          name='reason'
          inputClassName='extend-reason'
          required
          multiline
          filled
          counter
          error={form.errors.reason}
          value={form.reason}
          maxLength={EXTEND_REASON.max}
          placeholder='为何需要延期（企业可见）'
          onChange={form.setReason}
        />
      </Card>
      <FormActions error={form.formError} busy={form.busy} label='确认延期' onSubmit={() => void form.submit()} />
    </View>
  );
}
