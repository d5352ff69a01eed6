import { Button, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { ComplexityChoice } from '@/components/demand/complexity-choice';
import { DemandBrief } from '@/components/demand/demand-brief';
import { DepartmentPicker } from '@/components/demand/department-picker';
import { StepPage } from '@/components/demand/step-page';
import { FormField } from '@/components/form-field';
import type { DemandDetail } from '@/core/demand/demand.model';
import { useDemandDepartments } from '@/hooks/use-demand-departments';
import { type ReviewMode, useDemandReview } from '@/hooks/use-demand-review';
import './index.scss';

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
  return (
    <View className='page-root demand-review'>
      <DemandBrief demand={demand} />
      <Card>
        <View className='step-choice-grid review-modes'>
          {MODES.map((m) => (
            <View key={m.value} className={`step-choice review-mode review-mode--${m.value}${form.mode === m.value ? ' step-choice--active' : ''}`} onClick={() => form.choose(m.value)}>
              {m.label}
            </View>
          ))}
        </View>
        {form.mode === 'dispatch' ? (
          <>
            <FormField label='承办部门' name='departmentId' required error={form.errors.departmentId}>
              <DepartmentPicker source={departments} value={form.departmentId} onChange={form.setDepartmentId} />
            </FormField>
            <FormField label='办理类型' name='complexity' required error={form.errors.complexity}>
              <ComplexityChoice value={form.complexity} onChange={form.setComplexity} />
            </FormField>
            <FormField label='派单说明' name='note' error={form.errors.note}>
              <Textarea className='review-textarea step-textarea' value={form.note} maxlength={300} placeholder='给承办部门的说明（选填）' placeholderClass='input-placeholder' onInput={(e) => form.setNote(e.detail.value)} />
            </FormField>
          </>
        ) : (
          <FormField label='退回原因' name='reason' required error={form.errors.reason}>
            <Textarea className='review-textarea step-textarea' value={form.reason} maxlength={300} placeholder='请告诉企业需要补充或修改什么（企业可见）' placeholderClass='input-placeholder' onInput={(e) => form.setReason(e.detail.value)} />
          </FormField>
        )}
      </Card>
      {form.formError ? <View className='step-page__error form-error'>{form.formError}</View> : null}
      <View className='step-page__actions'>
        <Button className={`primary-button submit-button${form.busy ? ' is-disabled' : ''}`} onClick={() => void form.submit()}>
          {form.busy ? '提交中…' : form.mode === 'dispatch' ? '确认派单' : '确认退回'}
        </Button>
        <Text className='review-hint'>
          {form.mode === 'dispatch' ? '派单后承办部门须在 1 个工作日内联系企业。' : '退回后企业修改并重新提交，您再次审核。'}
        </Text>
      </View>
    </View>
  );
}
