import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { DatePicker } from '@/components/date-picker';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { TextField } from '@/components/text-field';
import { INTERVIEW_TEXT } from '@/core/contracts/interview.fields';
import { useUnitOptions } from '@/hooks/use-unit-options';
import { useInterviewForm } from '../../hooks/use-interview-form';

/** One interview with a unit: who attended, the problems found, what the unit committed to, and the plan's deadline. */
export default function InterviewNewPage() {
  const { unitId = '', quarter = '' } = useRouter().params;
  const form = useInterviewForm(unitId, quarter);
  const units = useUnitOptions();
  const unitName = units.options.find((o) => o.value === unitId)?.label ?? '';
  return (
    <View className='page-root interview-new-page'>
      <Card title={unitName ? `约谈 ${unitName}` : '记录约谈'}>
        <FormField label='约谈日期' name='date' required error={form.errors.date}>
          <DatePicker className='interview-date' value={form.draft.date} placeholder='选择日期' onChange={(date) => form.change({ date })} />
        </FormField>
        <TextField label='参加人员' name='attendees' inputClassName='attendees-input' required value={form.draft.attendees} maxLength={INTERVIEW_TEXT.attendees.max} error={form.errors.attendees} placeholder='区和单位的参加人员' onChange={(attendees) => form.change({ attendees })} />
        <TextField label='发现的问题' name='problems' inputClassName='problems-input' required multiline value={form.draft.problems} maxLength={INTERVIEW_TEXT.problems.max} error={form.errors.problems} placeholder='指标和预警反映的问题' onChange={(problems) => form.change({ problems })} />
        <TextField label='整改承诺' name='commitments' inputClassName='commitments-input' required multiline value={form.draft.commitments} maxLength={INTERVIEW_TEXT.commitments.max} error={form.errors.commitments} placeholder='单位当场作出的承诺' onChange={(commitments) => form.change({ commitments })} />
        <TextField label='整改方案提交期限（工作日）' name='planWorkingDays' inputClassName='plan-days-input' type='number' value={form.draft.planWorkingDays} error={form.errors.planWorkingDays} placeholder='0 为不要求' onChange={(planWorkingDays) => form.change({ planWorkingDays })} />
      </Card>
      <FormActions error={form.formError} busy={form.submitting} label='保存并要求整改方案' name='record-interview' onSubmit={() => void form.submit()} />
    </View>
  );
}
