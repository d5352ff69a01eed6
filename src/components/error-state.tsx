import type { ReactNode } from 'react';
import { Button, View } from '@tarojs/components';
import './states.scss';

interface ErrorStateProps {
  title?: string;
  message: string;
  /** Shown as a 重试 button when trying again can help. */
  onRetry?: () => void;
  /** Other ways out, e.g. a back button. */
  action?: ReactNode;
}

export function ErrorState({ title = '加载失败', message, onRetry, action }: ErrorStateProps) {
  return (
    <View className='state error-state'>
      <View className='state__title'>{title}</View>
      <View className='state__text error-message'>{message}</View>
      {onRetry ? (
        <Button className='state__action retry-button' size='mini' onClick={onRetry}>
          重试
        </Button>
      ) : null}
      {action ? <View className='state__action'>{action}</View> : null}
    </View>
  );
}
