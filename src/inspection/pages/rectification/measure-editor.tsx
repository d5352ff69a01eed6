import { Button, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { DatePicker } from '@/components/date-picker';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { TextField } from '@/components/text-field';
import { RECTIFICATION_TEXT } from '@/core/contracts/rectification.fields';
import { MAX_MEASURES } from '@/core/rectification/rectification.model';
import type { useRectification } from '../../hooks/use-rectification';

type Plan = ReturnType<typeof useRectification>;

/** The unit admin's draft: measures, each with its owner and due date; saved as a draft or submitted for review. */
export function MeasureEditor({ plan }: { plan: Plan }) {
  return (
    <Card className='measure-editor' title='整改措施'>
      {plan.drafts.map((m, index) => (
        <View key={m.id ?? `new-${index}`} className={`measure-draft measure-draft--${index}`}>
          <TextField label={`措施 ${index + 1}`} name={`measure-${index}`} inputClassName='measure-text-input' required multiline value={m.text} maxLength={RECTIFICATION_TEXT.measure.max} placeholder='具体做什么、做到什么程度' onChange={(text) => plan.changeMeasure(index, { text })} />
          <TextField label='责任人' name={`owner-${index}`} inputClassName='measure-owner-input' required value={m.owner} maxLength={RECTIFICATION_TEXT.owner.max} placeholder='姓名或岗位' onChange={(owner) => plan.changeMeasure(index, { owner })} />
          <FormField label='完成时限' name={`due-${index}`} required>
            <DatePicker className='measure-due' value={m.dueDate} placeholder='选择日期' onChange={(dueDate) => plan.changeMeasure(index, { dueDate })} />
          </FormField>
          <Button className='plain-button remove-measure-button' onClick={() => plan.removeMeasure(index)}>
            删除这条措施
          </Button>
        </View>
      ))}
      {plan.errors.measures ? <View className='form-error'>{plan.errors.measures}</View> : null}
      {plan.drafts.length < MAX_MEASURES ? (
        <Button className='plain-button add-measure-button' onClick={plan.addMeasure}>
          ＋ 添加整改措施
        </Button>
      ) : null}
      <Button className='plain-button save-draft-button' onClick={() => void plan.save()}>
        保存草稿
      </Button>
      <FormActions error={plan.formError} busy={plan.submitting} label='提交区科经委审核' name='submit-plan' onSubmit={() => void plan.submit()} />
    </Card>
  );
}
