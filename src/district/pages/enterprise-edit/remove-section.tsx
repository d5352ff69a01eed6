import { useState } from 'react';
import { Button } from '@tarojs/components';
import { Card } from '@/components/card';
import { TextField } from '@/components/text-field';

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
      <TextField label='移出原因' name='reason' required multiline error={error} value={reason} maxLength={200} placeholder='如 企业迁出浦东、不再符合重点企业条件' onChange={setReason} />
      <Button className={`plain-button plain-button--danger remove-button${sending ? ' is-disabled' : ''}`} disabled={sending || undefined} onClick={() => onRemove(reason)}>
        {sending ? '处理中…' : '移出清单'}
      </Button>
    </Card>
  );
}
