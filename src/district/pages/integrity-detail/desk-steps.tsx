import { Button, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { ChoiceBlocks } from '@/components/choice-blocks';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { OptionsField } from '@/components/options-field';
import { TextField } from '@/components/text-field';
import { StewardField } from '@/components/org/steward-field';
import { INTEGRITY_TEXT } from '@/core/contracts/integrity.fields';
import { openIntegritySteps } from '@/core/integrity/integrity.machine';
import type { IntegrityOutcome, IntegrityReportDetail } from '@/core/integrity/integrity.model';
import type { useIntegrityDesk } from '../../hooks/use-integrity-desk';
import { useUnitOptions } from '../../hooks/use-org-options';

type Desk = ReturnType<typeof useIntegrityDesk>;

function Conclude({ desk, report }: { desk: Desk; report: IntegrityReportDetail }) {
  const units = useUnitOptions();
  const serving = report.servingSteward;
  return (
    <Card className='conclude-card' title='作出认定'>
      <FormField label='认定结果' name='outcome' required error={desk.errors.outcome}>
        <ChoiceBlocks<IntegrityOutcome> name='outcome' value={desk.draft.outcome} onChange={(outcome) => desk.change({ outcome })} options={[{ value: 'confirmed', label: '查实', tone: 'danger', hint: '计入年度考核扣分' }, { value: 'not_confirmed', label: '未查实' }]} />
      </FormField>
      <TextField label='认定意见' name='findings' inputClassName='findings-input' required multiline error={desk.errors.findings} value={desk.draft.findings} maxLength={INTEGRITY_TEXT.findings.max} placeholder='查明的事实和依据' onChange={(findings) => desk.change({ findings })} />
      <FormField label='涉及管家' name='stewardId' error={desk.errors.stewardId}>
        {serving && !desk.draft.unitId ? <View className='text-note serving-steward'>默认：{serving.name}（反映时服务该企业的管家）；如涉及他人请选择：</View> : null}
        <OptionsField state={units} value={desk.draft.unitId} placeholder='选择单位' emptyText='暂无单位' onChange={(unitId) => desk.change({ unitId, stewardId: '' })} className='conclude-unit' />
        {desk.draft.unitId ? <StewardField key={desk.draft.unitId} unitId={desk.draft.unitId} value={desk.draft.stewardId} placeholder='选择管家' onChange={(stewardId) => desk.change({ stewardId })} className='conclude-steward' /> : null}
      </FormField>
      <FormActions error={desk.formError} busy={desk.submitting} label='确认认定' name='conclude' onSubmit={() => void desk.conclude(desk.draft.unitId ? undefined : serving?.id)} />
    </Card>
  );
}

/** What the district can do next on this report, from the state machine. */
export function DeskSteps({ desk, report }: { desk: Desk; report: IntegrityReportDetail }) {
  const steps = openIntegritySteps(report.status);
  return (
    <>
      {steps.includes('acknowledge') ? (
        <FormActions error={desk.formError} busy={desk.submitting} label='受理并告知反映人' name='acknowledge' onSubmit={() => void desk.acknowledge()} />
      ) : null}
      {steps.includes('note') ? (
        <Card className='note-card' title='调查核实'>
          <TextField label='调查情况' name='note' inputClassName='note-input' multiline error={desk.errors.note} value={desk.draft.note} maxLength={INTEGRITY_TEXT.note.max} placeholder='约谈、调阅材料、核实的情况' onChange={(note) => desk.change({ note })} />
          <Button className='plain-button note-button' onClick={() => void desk.note()}>
            记录
          </Button>
        </Card>
      ) : null}
      {steps.includes('conclude') ? <Conclude desk={desk} report={report} /> : null}
      {steps.includes('reply') ? (
        <Card className='reply-card' title='答复反映人'>
          <TextField label='答复内容' name='reply' inputClassName='reply-input' required multiline error={desk.errors.reply} value={desk.draft.reply} maxLength={INTEGRITY_TEXT.reply.max} placeholder='反映人将在小程序中看到这段答复' onChange={(reply) => desk.change({ reply })} />
          <FormActions error={desk.formError} busy={desk.submitting} label='发送答复' name='reply' onSubmit={() => void desk.reply()} />
        </Card>
      ) : null}
    </>
  );
}
