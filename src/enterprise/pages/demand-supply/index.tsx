import { Button, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { AttachmentEditor } from '@/components/demand/attachment-editor';
import { DemandBrief } from '@/components/demand/demand-brief';
import { StepPage } from '@/components/demand/step-page';
import { FormField } from '@/components/form-field';
import type { DemandDetail } from '@/core/demand/demand.model';
import { SUPPLY_NOTE, useDemandSupply } from '@/hooks/use-demand-supply';
import './index.scss';

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
      {request ? <View className='step-page__notice supply-request'>{request}</View> : null}
      <Card>
        <FormField
          label={SUPPLY_NOTE.what}
          name='note'
          required
          error={form.errors.note}
          extra={<Text className='step-form__counter'>{`${form.note.length}/${SUPPLY_NOTE.max}`}</Text>}
        >
          <Textarea className='supply-note step-textarea' value={form.note} maxlength={SUPPLY_NOTE.max} placeholder='说明补充了哪些材料' placeholderClass='input-placeholder' onInput={(e) => form.setNote(e.detail.value)} />
        </FormField>
        <FormField label='材料附件' name='attachments' error={form.errors.attachments || form.attachments.refusal || undefined}>
          <AttachmentEditor attachments={form.attachments} />
        </FormField>
      </Card>
      {form.formError ? <View className='step-page__error form-error'>{form.formError}</View> : null}
      <View className='step-page__actions'>
        <Button className={`primary-button submit-button${form.busy ? ' is-disabled' : ''}`} onClick={() => void form.submit()}>
          {form.busy ? '提交中…' : '提交补充材料'}
        </Button>
      </View>
    </View>
  );
}
