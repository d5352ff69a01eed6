import type { ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';

interface FormActionsProps {
  /** What went wrong with the form as a whole (the server refused, the network failed). */
  error?: string;
  label: string;
  /** While sending: the button says `busyLabel` (the form's submit ignores taps meanwhile). */
  busy: boolean;
  busyLabel?: string;
  onSubmit: () => void;
  /** A line under the button, e.g. what happens next. */
  hint?: ReactNode;
  /** Names the button for tests when one page has several, e.g. `bind` → `bind-button`. */
  name?: string;
  /** Also disable the button while busy (binding: a code works once, so the button itself refuses a second tap). */
  lockWhileBusy?: boolean;
}

/** The end of every form: its error, then the one button that sends it. */
export function FormActions({ error, label, busy, busyLabel = '提交中…', onSubmit, hint, name, lockWhileBusy }: FormActionsProps) {
  return (
    <>
      {error ? <View className='form-error'>{error}</View> : null}
      <View className='form-actions'>
        {/* The busy look is a class; `disabled` is never written as false (Taro H5 would grey the button). */}
        <Button
          className={classNames('primary-button', 'submit-button', name && `${name}-button`, busy && 'is-disabled')}
          disabled={(lockWhileBusy && busy) || undefined}
          onClick={onSubmit}
        >
          {busy ? busyLabel : label}
        </Button>
        {hint ? <View className='form-actions__hint'>{hint}</View> : null}
      </View>
    </>
  );
}
