import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { AttachmentEditor } from '@/components/demand/attachment-editor';
import { DemandBrief } from '@/components/demand/demand-brief';
import { StepPage } from '@/components/demand/step-page';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { Notice } from '@/components/notice';
import { TextField } from '@/components/text-field';
import type { DemandDetail } from '@/core/demand/demand.model';
import { SUPPLY_NOTE, useDemandSupply } from '@/hooks/use-demand-supply';

/** What the department asked for is the last 请企业补充材料 entry of the timeline. */
const requestOf = (demand: DemandDetail) => [...demand.timeline].reverse().find((e) => e.kind === 'materials_requested')?.text;

export default function DemandSupplyPage() {
  const id = useRouter().params.id ?? '';
  return <StepPage id={id} step='supplyMaterials' render={(demand, refresh) => <SupplyForm demand={demand} refresh={refresh} />} />;
}

function SupplyForm({ demand, refresh }: { demand: DemandDetail; refresh: () => unknown }) {
  const form = useDemandSupply(demand, refresh);
  const request = requestOf(demand);
  return (
    <View className='page-root demand-supply'>
      <DemandBrief demand={demand} showDescription={false} />
      {request ? <Notice className='supply-request'>{request}</Notice> : null}
      <Card>
        <TextField label={SUPPLY_NOTE.what} name='note' inputClassName='supply-note' required multiline filled counter error={form.errors.note} value={form.note} maxLength={SUPPLY_NOTE.max} placeholder='说明补充了哪些材料' onChange={form.setNote} />
        <FormField label='材料附件' name='attachments' error={form.errors.attachments || form.attachments.refusal || undefined}>
          <AttachmentEditor attachments={form.attachments} />
        </FormField>
      </Card>
      <FormActions error={form.formError} busy={form.busy} label='提交补充材料' onSubmit={() => void form.submit()} />
    </View>
  );
}
