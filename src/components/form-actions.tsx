import type { ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';

interface FormActionsProps {
  /** What went wrong with the form as a whole (the server refused, the network failed). */
  error?: string;
  label: string;
  /** While sending: the button says `busyLabel` and ignores taps. */
  busy: boolean;
  busyLabel?: string;
  onSubmit: () => void;
  /** A line under the button, e.g. what happens next. */
  hint?: ReactNode;
}

/** The end of every form: its error, then the one button that sends it. */
export function FormActions({ error, label, busy, busyLabel = '提交中…', onSubmit, hint }: FormActionsProps) {
  return (
    <>
      {error ? <View className='form-error'>{error}</View> : null}
      <View className='form-actions'>
        {/* disabled only while busy: Taro H5 writes disabled="false" for `false`, which its own styles grey out. */}
        <Button className={classNames('primary-button', 'submit-button', busy && 'is-disabled')} disabled={busy || undefined} onClick={onSubmit}>
          {busy ? busyLabel : label}
        </Button>
        {hint ? <View className='form-actions__hint'>{hint}</View> : null}
      </View>
    </>
  );
}
