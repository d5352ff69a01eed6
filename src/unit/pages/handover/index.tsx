import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { TextField } from '@/components/text-field';
import { HANDOVER_REASON } from '@/core/contracts/org.fields';
import { StewardPicker } from '@/components/org/steward-picker';
import { useHandoverForm } from '../../hooks/use-handover-form';
import { HandoverEnterprises } from './handover-enterprises';
import { HandoverResult } from './handover-result';
import { HandoverRequests } from './handover-requests';
import '../../components/unit.scss';
import './index.scss';

/** A unit admin proposes replacing a steward for some or all of their enterprises; the district confirms (guideline art. 10). */
export default function HandoverPage() {
  const form = useHandoverForm();
  if (form.result) return <HandoverResult result={form.result} onAgain={form.restart} />;

  // Only a steward who can sign in takes enterprises over (an unbound account is refused): `assignable`.
  return (
    <View className='page-root handover-page'>
      <Card>
        <FormField label='原管家' name='fromStewardId' required error={form.errors.fromStewardId}>
          <StewardPicker className='from-steward' title='选择原管家' value={form.fromId} onPick={form.chooseFrom}>
            <View className={`picker-value${form.fromId ? '' : ' picker-value--empty'}`}>{form.nameOf(form.fromId) || '选择被替换的管家'}</View>
          </StewardPicker>
        </FormField>
        <FormField label='接任管家' name='toStewardId' required error={form.errors.toStewardId}>
          <StewardPicker className='to-steward' title='选择接任管家' assignable excludeId={form.fromId} value={form.toId} onPick={form.chooseTo}>
            <View className={`picker-value${form.toId ? '' : ' picker-value--empty'}`}>{form.nameOf(form.toId) || '选择接任的管家'}</View>
          </StewardPicker>
        </FormField>
        <FormField label='交接企业' name='enterpriseIds' required error={form.errors.enterpriseIds}>
          {form.fromId ? (
            <HandoverEnterprises
              state={form.enterprises.state}
              onRetry={() => void form.enterprises.reload()}
              all={form.all}
              picked={form.picked}
              onAll={form.setAll}
              onToggle={form.toggle}
            />
          ) : (
            <View className='picker-value picker-value--empty'>请先选择原管家</View>
          )}
        </FormField>
        <TextField
          label='交接原因'
          name='reason'
          required
          multiline
          value={form.reason}
          maxLength={HANDOVER_REASON.max}
          placeholder='如：管家岗位调整、离职、片区重新分工'
          error={form.errors.reason}
          onChange={form.setReason}
        />
      </Card>
      <View className='page-note handover-rule'>
        管家变更须报区科经委确认，确认后企业才移交给接任管家，并通知接任管家、企业和区科经委。接任管家须在 3 个工作日内联系每家企业（工作日按国务院公布的节假日和调休安排计算），逾期将督办至本单位和区科经委。企业的诉求、走访等历史记录随企业保留。
      </View>
      <FormActions error={form.formError} busy={form.submitting} busyLabel='提交中…' label='提交区科经委确认' onSubmit={() => void form.submit()} />
      <HandoverRequests />
    </View>
  );
}
