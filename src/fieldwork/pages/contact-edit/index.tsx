import { Button, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { ErrorState } from '@/components/error-state';
import { FormActions } from '@/components/form-actions';
import { TextField } from '@/components/text-field';
import { CORRECTION_WINDOW_HOURS, takeRecord } from '@/utils/contact-correction';
import { LIMITS, NEXT_STEP_MAX } from '@/utils/contact-form.rules';
import { formatDateTime } from '@/utils/format-time';
import { goBackOrHome } from '@/utils/navigation';
import { type EditField, useContactEdit } from '../../hooks/use-contact-edit';

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
    <View className='page-root contact-edit-page'>
      <View className='page-note'>{`${record.enterpriseName} · ${record.type} · ${formatDateTime(record.at)}。记录后 ${CORRECTION_WINDOW_HOURS} 小时内可更正内容，更正会留痕；之后如需补充请新增一条记录。`}</View>
      <Card>
        {BOXES.map(({ field, label, max, long, required }) => (
          <TextField
            key={field}
            label={label}
            name={field}
            inputClassName={`edit-${field}-input`}
            required={required}
            error={form.errors[field]}
            multiline={long}
            value={form.values[field]}
            maxLength={max}
            onChange={(value) => form.change(field, value)}
          />
        ))}
      </Card>
      <FormActions error={form.formError} busy={form.submitting} busyLabel='保存中…' label='保存更正' onSubmit={() => void form.submit()} />
    </View>
  );
}
