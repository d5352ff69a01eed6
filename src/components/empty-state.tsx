import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './states.scss';

interface EmptyStateProps {
  title: string;
  /** A helpful next step, e.g. what to do to get something here. */
  hint?: string;
  action?: ReactNode;
}

export function EmptyState({ title, hint, action }: EmptyStateProps) {
  return (
    <View className='state empty-state'>
      <View className='state__title'>{title}</View>
      {hint ? <View className='state__text'>{hint}</View> : null}
      {action ? <View className='state__action'>{action}</View> : null}
    </View>
  );
}
