import { useState } from 'react';
import { Button, Textarea } from '@tarojs/components';
import { Card } from '@/components/card';
import { FormField } from '@/components/form-field';

interface RemoveSectionProps {
  error: string;
  sending: boolean;
  onRemove: (reason: string) => void;
}

/** Taking an enterprise off the list needs a reason, which the audit log keeps. */
export function RemoveSection({ error, sending, onRemove }: RemoveSectionProps) {
  const [reason, setReason] = useState('');
  return (
    <Card className='remove-section' title='移出重点企业清单'>
      <FormField label='移出原因' name='reason' required error={error}>
        <Textarea
          className='text-area reason-input'
          value={reason}
          maxlength={200}
          placeholderClass='input-placeholder'
          placeholder='如 企业迁出浦东、不再符合重点企业条件'
          onInput={(e) => setReason(e.detail.value)}
        />
      </FormField>
      <Button className={`plain-button remove-button${sending ? ' is-disabled' : ''}`} disabled={sending} onClick={() => onRemove(reason)}>
        {sending ? '处理中…' : '移出清单'}
      </Button>
    </Card>
  );
}
