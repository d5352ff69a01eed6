import { Button, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { AttachmentEditor } from '@/components/demand/attachment-editor';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { RecordHead } from '@/components/record-head';
import { TextField } from '@/components/text-field';
import { RECTIFICATION_TEXT } from '@/core/contracts/rectification.fields';
import type { MeasureView } from '@/core/rectification/rectification.model';
import { formatDateTime } from '@/utils/format-time';
import type { useRectification } from '../../hooks/use-rectification';

type Plan = ReturnType<typeof useRectification>;

function ReportForm({ plan }: { plan: Plan }) {
  return (
    <View className='measure-report'>
      <TextField label='完成情况' name='evidence' inputClassName='evidence-input' required multiline error={plan.errors.evidence} value={plan.evidence} maxLength={RECTIFICATION_TEXT.evidence.max} placeholder='做了什么、结果如何，可附照片或文件' onChange={plan.setEvidence} />
      <FormField label='佐证材料（选填）' name='attachments' error={plan.errors.attachments}>
        <AttachmentEditor attachments={plan.attachments} />
      </FormField>
      <FormActions error={plan.formError} busy={plan.submitting} label='报告完成' name='report-measure' onSubmit={() => void plan.reportDone()} />
    </View>
  );
}

function Measure({ m, index, plan, canReport }: { m: MeasureView; index: number; plan: Plan; canReport: boolean }) {
  return (
    <View className={`list-item measure-row measure-row--${index}`}>
      <RecordHead title={`${index + 1}. ${m.text}`} size='md'>
        {m.overdue ? <Chip tone='danger'>已逾期</Chip> : null}
        <Chip tone={m.done ? 'ok' : 'waiting'}>{m.done ? '已完成' : '未完成'}</Chip>
      </RecordHead>
      <View className='list-item__meta'>
        责任人 {m.owner} · 完成时限 {m.dueDate}
      </View>
      {m.evidence ? (
        <View className='text-body measure-evidence'>
          {formatDateTime(m.evidence.at)} {m.evidence.byName}：{m.evidence.text}
          {m.evidence.attachments.length ? `（附件：${m.evidence.attachments.map((a) => a.name).join('、')}）` : ''}
        </View>
      ) : null}
      {canReport && !m.done && plan.reporting !== m.id ? (
        <Button className='plain-button start-report-button' onClick={() => plan.setReporting(m.id)}>
          报告这条措施完成
        </Button>
      ) : null}
      {canReport && plan.reporting === m.id ? <ReportForm plan={plan} /> : null}
    </View>
  );
}

/** The measures of a submitted or accepted plan; the unit reports each done with evidence. */
export function MeasureList({ plan, measures, canReport }: { plan: Plan; measures: MeasureView[]; canReport: boolean }) {
  return (
    <Card className='measure-list' title={`整改措施（${measures.length} 条）`}>
      {measures.map((m, i) => (
        <Measure key={m.id} m={m} index={i} plan={plan} canReport={canReport} />
      ))}
    </Card>
  );
}
