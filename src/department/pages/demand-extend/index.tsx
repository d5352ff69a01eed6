import { Button, Picker, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { DemandBrief } from '@/components/demand/demand-brief';
import { StepPage } from '@/components/demand/step-page';
import { FormField } from '@/components/form-field';
import type { DemandDetail } from '@/core/demand/demand.model';
import { EXTEND_REASON, useDemandExtend } from '@/hooks/use-demand-extend';
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
  return (
    <View className='page-root demand-extend'>
      <DemandBrief demand={demand} showDescription={false} />
      <Card>
        <View className='extend-current'>
          {form.current ? `当前办结期限：${dayLabel(form.current)}` : '首次联系企业后开始计算办结期限；新的日期须晚于原办结期限。'}
        </View>
        <FormField label='新的承诺办结日期' name='newDueDate' required error={form.errors.newDueDate}>
          <View className='step-choice-grid'>
            {form.suggestions.map((s) => (
              <View key={s.days} className={`step-choice extend-suggestion${form.date === s.date ? ' step-choice--active' : ''}`} onClick={() => form.setDate(s.date)}>
                {`再延 ${s.days} 个工作日`}
                <Text className='step-choice__hint'>{dayLabel(s.date)}</Text>
              </View>
            ))}
          </View>
          <Picker mode='date' value={form.date || form.start} start={form.start} onChange={(e) => form.setDate(String(e.detail.value))}>
            <View className={`step-picker extend-date${form.date ? '' : ' step-picker--empty'}`}>
              {form.date ? `${form.date}（${dayLabel(form.date)}）` : '或点击选择其他日期'}
            </View>
          </Picker>
        </FormField>
        <FormField
          label={EXTEND_REASON.what}
          name='reason'
          required
          error={form.errors.reason}
          extra={<Text className='step-form__counter'>{`${form.reason.length}/${EXTEND_REASON.max}`}</Text>}
        >
          <Textarea className='extend-reason step-textarea' value={form.reason} maxlength={EXTEND_REASON.max} placeholder='为何需要延期（企业可见）' placeholderClass='input-placeholder' onInput={(e) => form.setReason(e.detail.value)} />
        </FormField>
      </Card>
      {form.formError ? <View className='step-page__error form-error'>{form.formError}</View> : null}
      <View className='step-page__actions'>
        <Button className={`primary-button submit-button${form.busy ? ' is-disabled' : ''}`} onClick={() => void form.submit()}>
          {form.busy ? '提交中…' : '确认延期'}
        </Button>
      </View>
    </View>
  );
}
