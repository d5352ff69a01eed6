import { View } from '@tarojs/components';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import type { StewardLoad } from '@/core/org/org.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { useHandoverForm } from '../../hooks/use-handover-form';
import { listStewards } from '@/services/org.service';
import { StewardPicker } from '../../components/steward-picker';
import { HandoverEnterprises } from './handover-enterprises';
import { HandoverResult } from './handover-result';
import './index.scss';

/** A unit admin replaces a steward for some or all of their enterprises (guideline art. 10). */
export default function HandoverPage() {
  const stewards = useAsyncData(() => listStewards(), 'stewards');
  return (
    <AsyncView state={stewards.state} onRetry={() => void stewards.reload()}>
      {(loads) => <HandoverForm stewards={loads} />}
    </AsyncView>
  );
}

function HandoverForm({ stewards }: { stewards: StewardLoad[] }) {
  const form = useHandoverForm(stewards);
  if (form.tasks) return <HandoverResult tasks={form.tasks} onAgain={form.restart} />;

  const others = stewards.filter((s) => s.id !== form.fromId);
  return (
    <View className='page-root handover-page'>
      <Card>
        <FormField label='原管家' name='fromStewardId' required error={form.errors.fromStewardId}>
          <StewardPicker className='from-steward' stewards={stewards} value={form.fromId} onPick={(s) => form.chooseFrom(s.id)}>
            <View className={`picker-value${form.fromId ? '' : ' picker-value--empty'}`}>{form.nameOf(form.fromId) || '选择被替换的管家'}</View>
          </StewardPicker>
        </FormField>
        <FormField label='接任管家' name='toStewardId' required error={form.errors.toStewardId}>
          <StewardPicker className='to-steward' stewards={others} value={form.toId} onPick={(s) => form.setToId(s.id)}>
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
      </Card>
      <View className='page-note handover-rule'>
        交接后，接任管家须在 3 个工作日内联系每家企业（工作日按国务院公布的节假日和调休安排计算），逾期将提醒本单位和区科经委。企业的诉求、走访等历史记录随企业保留。
      </View>
      <FormActions error={form.formError} busy={form.submitting} busyLabel='交接中…' label='确认交接' onSubmit={() => void form.submit()} />
    </View>
  );
}
