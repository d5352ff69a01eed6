import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';
import './notice.scss';

/** `warning` something to know before acting, `ok` it worked, `error` it did not, `info` by the way. */
export type NoticeTone = 'warning' | 'ok' | 'error' | 'info';

interface NoticeProps {
  tone?: NoticeTone;
  className?: string;
  onClick?: () => void;
  children: ReactNode;
}

/** A tinted block of text across the page: a rule that applies, an outcome, a caveat. */
export function Notice({ tone = 'warning', className, onClick, children }: NoticeProps) {
  return (
    <View className={classNames('notice', `notice--${tone}`, className)} onClick={onClick}>
      {children}
    </View>
  );
}
