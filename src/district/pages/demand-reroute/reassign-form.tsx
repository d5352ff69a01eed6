import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { ComplexityChoice } from '@/components/demand/complexity-choice';
import { DemandBrief } from '@/components/demand/demand-brief';
import { COMPLEXITY_LABELS } from '@/components/demand/demand-words';
import { DepartmentPicker } from '@/components/demand/department-picker';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { Notice } from '@/components/notice';
import { TextField } from '@/components/text-field';
import type { DemandDetail } from '@/core/demand/demand.model';
import { useDemandDepartments } from '@/hooks/use-demand-departments';
import { useDemandReassign } from '@/hooks/use-demand-reassign';

/** Why it came back is the last 退回 entry of the timeline. */
const returnReason = (demand: DemandDetail) => [...demand.timeline].reverse().find((e) => e.kind === 'returned_by_department')?.text;

export function ReassignForm({ demand, refresh }: { demand: DemandDetail; refresh: () => unknown }) {
  const source = useDemandDepartments();
  const form = useDemandReassign(demand, refresh);
  const reason = returnReason(demand);
  const returnedNames = source.options.filter((d) => form.returned.includes(d.value)).map((d) => d.label);
  return (
    <View className='page-root demand-reroute'>
      <DemandBrief demand={demand} />
      {reason ? <Notice className='reroute-reason'>{reason}</Notice> : null}
      <Card>
        <FormField label='新的承办部门' name='departmentId' required error={form.errors.departmentId}>
          <DepartmentPicker source={source} value={form.departmentId} onChange={form.setDepartmentId} />
          {returnedNames.length > 0 ? <Text className='field-hint reroute-returned text-hint'>{`已退回过的部门：${returnedNames.join('、')}`}</Text> : null}
        </FormField>
        <FormField label='办理类型' name='complexity' error={form.errors.complexity}>
          <ComplexityChoice value={form.complexity} onChange={form.setComplexity} />
          <Text className='field-hint reroute-returned text-hint'>{`不选则沿用原类型${demand.complexity ? `（${COMPLEXITY_LABELS[demand.complexity]}）` : ''}`}</Text>
        </FormField>
        <TextField
          label={form.backToReturner ? '说明（必填）' : '说明'}
          name='note'
          inputClassName='reroute-note'
          required={form.backToReturner}
          multiline
          filled
          error={form.errors.note}
          value={form.note}
          maxLength={300}
          placeholder={form.backToReturner ? '该部门退回过此诉求，请说明为何仍由其办理' : '给承办部门的说明（选填）'}
          onChange={form.setNote}
        />
      </Card>
      <FormActions error={form.formError} busy={form.busy} label='确认重新派单' onSubmit={() => void form.submit()} />
    </View>
  );
}
