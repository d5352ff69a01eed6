import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { ChoiceBlocks } from '@/components/choice-blocks';
import { DemandBrief } from '@/components/demand/demand-brief';
import { ratingText } from '@/components/demand/demand-words';
import { DepartmentPicker } from '@/components/demand/department-picker';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { Notice } from '@/components/notice';
import { TextField } from '@/components/text-field';
import type { DemandDetail } from '@/core/demand/demand.model';
import { type DecisionMode, useDemandDecision } from '@/hooks/use-demand-decision';
import { useDemandDepartments } from '@/hooks/use-demand-departments';

const MODES: Array<{ value: DecisionMode; label: string; hint: string; tone?: 'danger' }> = [
  { value: 'rectify', label: '再次整改', hint: '指定部门 15 个工作日内整改' },
  { value: 'close', label: '以“未解决”关闭', hint: '说明理由，单列统计', tone: 'danger' },
];

/** What the enterprise said each time, and what was done, so the district decides on the record. */
const history = (demand: DemandDetail) =>
  demand.ratings.map((r, i) => `第 ${i + 1} 次评价：${ratingText(r)}${r.comment ? `，“${r.comment}”` : ''}`).join('\n');

export function DecisionForm({ demand, refresh }: { demand: DemandDetail; refresh: () => unknown }) {
  const form = useDemandDecision(demand, refresh);
  const departments = useDemandDepartments();
  const rectify = form.mode === 'rectify';
  return (
    <View className='page-root demand-decide'>
      <DemandBrief demand={demand} showDescription={false} />
      <Notice tone='info' className='decide-history'>{history(demand)}</Notice>
      {demand.resolution ? <Notice tone='plain' className='decide-resolution'>{`最近一次整改：${demand.resolution}`}</Notice> : null}
      <Card>
        <ChoiceBlocks name='decide-mode' options={MODES} value={form.mode} onChange={form.choose} />
        {rectify ? (
          <>
            <FormField label='整改部门' name='departmentId' required error={form.errors.departmentId}>
              <DepartmentPicker source={departments} value={form.departmentId} onChange={form.setDepartmentId} />
            </FormField>
            <TextField label='整改要求' name='note' inputClassName='decide-textarea' required multiline filled counter error={form.errors.note} value={form.note} maxLength={form.orderLimits.max} placeholder='要解决什么、怎样才算整改到位（部门、企业和管家可见）' onChange={form.setNote} />
          </>
        ) : (
          <TextField label='不予继续整改的理由' name='reason' inputClassName='decide-textarea' required multiline filled counter error={form.errors.reason} value={form.reason} maxLength={form.reasonLimits.max} placeholder='为何以“未解决”关闭，已向企业说明的情况（企业可见）' onChange={form.setReason} />
        )}
      </Card>
      <FormActions
        error={form.formError}
        busy={form.busy}
        label={rectify ? '确认再次整改' : '确认以未解决关闭'}
        onSubmit={() => void form.submit()}
        hint={rectify ? '整改完成后企业再次评价；仍不满意的，再由区科经委裁定。' : '关闭后计入“裁定未解决关闭”，不计为满意或已解决。'}
      />
    </View>
  );
}
