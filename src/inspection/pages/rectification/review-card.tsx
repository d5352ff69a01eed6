import { Button } from '@tarojs/components';
import { Card } from '@/components/card';
import { FormActions } from '@/components/form-actions';
import { TextField } from '@/components/text-field';
import { RECTIFICATION_TEXT } from '@/core/contracts/rectification.fields';
import type { useRectification } from '../../hooks/use-rectification';

type Plan = ReturnType<typeof useRectification>;

/** The district's review of a submitted plan: accept (with an optional note) or return it with a reason. */
export function ReviewCard({ plan }: { plan: Plan }) {
  return (
    <Card className='review-card' title='审核整改方案'>
      <TextField label='审核意见（选填）' name='note' inputClassName='accept-note-input' value={plan.note} maxLength={RECTIFICATION_TEXT.acceptNote.max} placeholder='通过时的意见' onChange={plan.setNote} />
      <FormActions error={plan.formError} busy={plan.submitting} label='审核通过' name='accept-plan' onSubmit={() => void plan.accept()} />
      <TextField label='退回理由' name='reason' inputClassName='return-reason-input' multiline error={plan.errors.reason} value={plan.reason} maxLength={RECTIFICATION_TEXT.returnReason.max} placeholder='退回时必填：哪里需要修改' onChange={plan.setReason} />
      <Button className='plain-button return-plan-button' onClick={() => void plan.sendBack()}>
        退回修改
      </Button>
    </Card>
  );
}
