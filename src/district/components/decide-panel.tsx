import type { ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import { TextInput } from '@/components/text-field';
import type { RecordDecision } from '../hooks/use-record-decision';
import './decide-panel.scss';

interface DecidePanelProps {
  decision: RecordDecision;
  /** What approving means, e.g. 同意 or 确认交接. */
  approveLabel: string;
  rejectLabel: string;
  /** The reason's hint when refusing (who reads it). */
  rejectHint: string;
  /** Fields only an approval has (a steward to assign). */
  children?: ReactNode;
}

/** The open decision under a list item: its extra fields, the reason, and the confirming button. */
export function DecidePanel({ decision, approveLabel, rejectLabel, rejectHint, children }: DecidePanelProps) {
  const open = decision.open!;
  return (
    <View className='decide-panel'>
      {open.approve ? children : null}
      <View className='decide-panel__field'>
        <View className='decide-panel__label text-note'>{open.approve ? '审核意见（选填）' : `${rejectLabel}理由`}</View>
        <TextInput
          className='decision-reason-input'
          multiline
          value={open.reason}
          maxLength={200}
          placeholder={open.approve ? '可填写审核意见' : rejectHint}
          onChange={(reason) => decision.change({ reason })}
        />
      </View>
      {decision.error ? <View className='field-error decision-error'>{decision.error}</View> : null}
      <View className='decide-panel__buttons'>
        <Button className='plain-button cancel-decision' size='mini' onClick={decision.cancel}>
          取消
        </Button>
        <Button
          className={`primary-button confirm-decision${decision.sending ? ' is-disabled' : ''}`}
          size='mini'
          disabled={decision.sending || undefined}
          onClick={() => void decision.confirm()}
        >
          {decision.sending ? '提交中…' : `确认${open.approve ? approveLabel : rejectLabel}`}
        </Button>
      </View>
    </View>
  );
}
