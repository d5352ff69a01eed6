import { Button, Text, Textarea, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { ComplexityChoice } from '@/components/demand/complexity-choice';
import { DemandBrief } from '@/components/demand/demand-brief';
import { COMPLEXITY_LABELS } from '@/components/demand/demand-words';
import { DepartmentPicker } from '@/components/demand/department-picker';
import { FormField } from '@/components/form-field';
import type { DemandDetail } from '@/core/demand/demand.model';
import { useDemandDepartments } from '@/hooks/use-demand-departments';
import { useDemandReassign } from '@/hooks/use-demand-reassign';

/** Why it came back is the last 退回 entry of the timeline. */
const returnReason = (demand: DemandDetail) => [...demand.timeline].reverse().find((e) => e.kind === 'returned_by_department')?.text;

export function ReassignForm({ demand, refresh }: { demand: DemandDetail; refresh: () => unknown }) {
  const source = useDemandDepartments();
  const form = useDemandReassign(demand, refresh);
  const reason = returnReason(demand);
  const returnedNames = source.departments.filter((d) => form.returned.includes(d.id)).map((d) => d.name);
  return (
    <View className='page-root demand-reroute'>
      <DemandBrief demand={demand} />
      {reason ? <View className='step-page__notice reroute-reason'>{reason}</View> : null}
      <Card>
        <FormField label='新的承办部门' name='departmentId' required error={form.errors.departmentId}>
          <DepartmentPicker source={source} value={form.departmentId} onChange={form.setDepartmentId} />
          {returnedNames.length > 0 ? <Text className='reroute-returned'>{`已退回过的部门：${returnedNames.join('、')}`}</Text> : null}
        </FormField>
        <FormField label='办理类型' name='complexity' error={form.errors.complexity}>
          <ComplexityChoice value={form.complexity} onChange={form.setComplexity} />
          <Text className='reroute-returned'>{`不选则沿用原类型${demand.complexity ? `（${COMPLEXITY_LABELS[demand.complexity]}）` : ''}`}</Text>
        </FormField>
        <FormField label={form.backToReturner ? '说明（必填）' : '说明'} name='note' required={form.backToReturner} error={form.errors.note}>
          <Textarea
            className='reroute-note step-textarea'
            value={form.note}
            maxlength={300}
            placeholder={form.backToReturner ? '该部门退回过此诉求，请说明为何仍由其办理' : '给承办部门的说明（选填）'}
            placeholderClass='input-placeholder'
            onInput={(e) => form.setNote(e.detail.value)}
          />
        </FormField>
      </Card>
      {form.formError ? <View className='step-page__error form-error'>{form.formError}</View> : null}
      <View className='step-page__actions'>
        <Button className={`primary-button submit-button${form.busy ? ' is-disabled' : ''}`} onClick={() => void form.submit()}>
          {form.busy ? '提交中…' : '确认重新派单'}
        </Button>
      </View>
    </View>
  );
}
