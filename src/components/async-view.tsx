import type { ReactNode } from 'react';
import { Button, Text } from '@tarojs/components';
import type { AsyncData } from '@/hooks/use-async-data';
import { goBackOrHome } from '@/utils/navigation';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';
import './card.scss';

export interface EmptyFace {
  title: string;
  hint?: string;
  action?: ReactNode;
}

interface AsyncViewProps<T> {
  state: AsyncData<T>;
  onRetry: () => void;
  children: (data: T) => ReactNode;
  /** Data that has nothing to show gets `empty` instead of `children`. */
  isEmpty?: (data: T) => boolean;
  empty?: EmptyFace;
  /**
   * Errors trying again cannot fix (code → title, e.g. NOT_FOUND → 诉求不存在): shown with a
   * back button instead of 重试.
   */
  finalErrors?: Record<string, string>;
  /** Inside a card: one line of text for loading, empty and error (tap to retry), not a whole screen. */
  inline?: boolean;
  /** What is being done while loading, e.g. 正在生成绑定码…; and the title of any other error. */
  loadingText?: string;
  errorTitle?: string;
}

/** The four faces of anything loaded: loading, error with a way out, empty with a hint, ready. */
export function AsyncView<T>({ state, onRetry, children, isEmpty, empty, finalErrors, inline, loadingText = '加载中…', errorTitle = '加载失败' }: AsyncViewProps<T>) {
  if (state.status === 'loading') return inline ? <Text className='card-hint'>{loadingText}</Text> : <LoadingState text={loadingText} />;
  if (state.status === 'error') {
    if (inline) {
      return (
        <Text
          className='card-hint card-hint--alert'
          onClick={(e) => {
            // A card that opens something on tap should retry here, not navigate.
            e.stopPropagation();
            onRetry();
          }}
        >
          {`${state.error.message}，点击重试`}
        </Text>
      );
    }
    const finalTitle = finalErrors?.[state.error.code];
    return (
      <ErrorState
        title={finalTitle ?? errorTitle}
        message={state.error.message}
        onRetry={finalTitle ? undefined : onRetry}
        action={
          finalErrors ? (
            <Button className='plain-button back-button' size='mini' onClick={goBackOrHome}>
              返回
            </Button>
          ) : undefined
        }
      />
    );
  }
  if (empty && isEmpty?.(state.data)) {
    return inline ? <Text className='card-hint'>{empty.title}</Text> : <EmptyState title={empty.title} hint={empty.hint} action={empty.action} />;
  }
  return <>{children(state.data)}</>;
}
