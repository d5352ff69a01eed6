import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';

interface RecordHeadProps {
  title: ReactNode;
  /** Names the title for tests and page styles, e.g. `demand-title`. */
  titleClassName?: string;
  /** `md` for a record inside a card (a row), `lg` for a record that is its own card. */
  size?: 'md' | 'lg';
  /** How the title lines up with what is beside it: a tag (center), a date (baseline), a wrapped title (start). */
  align?: 'center' | 'baseline' | 'start';
  /** Before the title, e.g. the kind of proposal. */
  lead?: ReactNode;
  /** After the title, on the right: a status, a tag, a date. */
  children?: ReactNode;
  className?: string;
}

/** The first line of any record in a list: its title, with what labels it at the end. */
export function RecordHead({ title, titleClassName, size = 'lg', align = 'center', lead, children, className }: RecordHeadProps) {
  return (
    <View className={classNames('record-head', `record-head--${align}`, className)}>
      {lead}
      <Text className={classNames('record-head__title', `record-head__title--${size}`, titleClassName)}>{title}</Text>
      {children}
    </View>
  );
}
