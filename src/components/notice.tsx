import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';
import './notice.scss';

/** `warning` something to know before acting, `ok` it worked, `error` it did not, `info` by the way, `plain` nothing to report. */
export type NoticeTone = 'warning' | 'ok' | 'error' | 'info' | 'plain';

interface NoticeProps {
  tone?: NoticeTone;
  /** A small box inside a card or a row (a hint under a field, a risk under a report). */
  compact?: boolean;
  className?: string;
  onClick?: () => void;
  children: ReactNode;
}

/** A tinted block of text across the page: a rule that applies, an outcome, a caveat. */
export function Notice({ tone = 'warning', compact, className, onClick, children }: NoticeProps) {
  return (
    <View className={classNames('notice', `notice--${tone}`, compact && 'notice--compact', className)} onClick={onClick}>
      {children}
    </View>
  );
}
