import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { ChoiceBlocks } from '@/components/choice-blocks';
import { ComplexityChoice } from '@/components/demand/complexity-choice';
import { DemandBrief } from '@/components/demand/demand-brief';
import { DepartmentPicker } from '@/components/demand/department-picker';
import { StepPage } from '@/components/demand/step-page';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { TextField } from '@/components/text-field';
import type { DemandDetail } from '@/core/demand/demand.model';
import { useDemandDepartments } from '@/hooks/use-demand-departments';
import { type ReviewMode, useDemandReview } from '@/hooks/use-demand-review';

/** The steward's review of a new demand: dispatch it to a department, or return it to the enterprise. */
export default function DemandReviewPage() {
  const { id = '', mode } = useRouter().params;
  return (
    <StepPage
      id={id}
      step={['dispatch', 'return']}
      render={(demand, refresh) => <ReviewForm demand={demand} refresh={refresh} initialMode={mode === 'return' ? 'return' : 'dispatch'} />}
    />
  );
}

const MODES: Array<{ value: ReviewMode; label: string }> = [
  { value: 'dispatch', label: '审核通过，派单' },
  { value: 'return', label: '退回企业修改' },
];

function ReviewForm({ demand, refresh, initialMode }: { demand: DemandDetail; refresh: () => unknown; initialMode: ReviewMode }) {
  const form = useDemandReview(demand, refresh, initialMode);
  const departments = useDemandDepartments();
  const dispatch = form.mode === 'dispatch';
  return (
    <View className='page-root demand-review'>
      <DemandBrief demand={demand} />
      <Card>
        <ChoiceBlocks name='review-mode' options={MODES} value={form.mode} onChange={form.choose} />
        {dispatch ? (
          <>
            <FormField label='承办部门' name='departmentId' required error={form.errors.departmentId}>
              <DepartmentPicker source={departments} value={form.departmentId} onChange={form.setDepartmentId} />
            </FormField>
            <FormField label='办理类型' name='complexity' required error={form.errors.complexity}>
              <ComplexityChoice value={form.complexity} onChange={form.setComplexity} />
            </FormField>
            <TextField label='派单说明' name='note' inputClassName='review-textarea' multiline filled error={form.errors.note} value={form.note} maxLength={300} placeholder='给承办部门的说明（选填）' onChange={form.setNote} />
          </>
        ) : (
          <TextField label='退回原因' name='reason' inputClassName='review-textarea' required multiline filled error={form.errors.reason} value={form.reason} maxLength={300} placeholder='请告诉企业需要补充或修改什么（企业可见）' onChange={form.setReason} />
        )}
      </Card>
      <FormActions error={form.formError} busy={form.busy} label={dispatch ? '确认派单' : '确认退回'} onSubmit={() => void form.submit()} hint={dispatch ? '派单后承办部门须在 1 个工作日内联系企业。' : '退回后企业修改并重新提交，您再次审核。'} />
    </View>
  );
}
