import { Button, Input, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { ErrorState } from '@/components/error-state';
import { FormField } from '@/components/form-field';
import { CORRECTION_WINDOW_HOURS, takeRecord } from '@/utils/contact-correction';
import { LIMITS, NEXT_STEP_MAX } from '@/utils/contact-form.rules';
import { formatDateTime } from '@/utils/format-time';
import { goBackOrHome } from '@/utils/navigation';
import { type EditField, useContactEdit } from '../../hooks/use-contact-edit';
import '../../fieldwork.scss';

const BOXES: { field: EditField; label: string; max: number; long: boolean; required: boolean }[] = [
  { field: 'who', label: '联系对象', max: LIMITS.who.max, long: false, required: true },
  { field: 'topics', label: '沟通内容', max: LIMITS.topics.max, long: true, required: true },
  { field: 'outcome', label: '联系成效', max: LIMITS.outcome.max, long: true, required: true },
  { field: 'nextStep', label: '下一步安排', max: NEXT_STEP_MAX, long: true, required: false },
];

/** The recorder corrects a contact's content within 24 hours; the change is kept in the audit log. */
export default function ContactEditPage() {
  const record = takeRecord(useRouter().params.id ?? '');
  const form = useContactEdit(record);
  if (!record) {
    return <ErrorState title='无法更正' message='请从企业档案的联系记录中重新点击“更正”' action={<Button className='plain-button' size='mini' onClick={goBackOrHome}>返回</Button>} />;
  }
  return (
    <View className='page-root fieldwork-page contact-edit-page'>
      <View className='fw-note'>{`${record.enterpriseName} · ${record.type} · ${formatDateTime(record.at)}。记录后 ${CORRECTION_WINDOW_HOURS} 小时内可更正内容，更正会留痕；之后如需补充请新增一条记录。`}</View>
      <Card>
        {BOXES.map(({ field, label, max, long, required }) => (
          <FormField key={field} label={label} name={field} required={required} error={form.errors[field]}>
            {long ? (
              <Textarea className={`fw-textarea edit-${field}-input`} value={form.values[field]} maxlength={max} onInput={(e) => form.change(field, e.detail.value)} />
            ) : (
              <Input className={`fw-input edit-${field}-input`} value={form.values[field]} maxlength={max} onInput={(e) => form.change(field, e.detail.value)} />
            )}
          </FormField>
        ))}
      </Card>
      {form.formError ? <View className='form-error'>{form.formError}</View> : null}
      <View className='form-actions'>
        <Button className={`primary-button submit-button${form.submitting ? ' is-disabled' : ''}`} onClick={() => void form.submit()}>
          {form.submitting ? '保存中…' : '保存更正'}
        </Button>
      </View>
    </View>
  );
}
