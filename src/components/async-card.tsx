import type { ReactNode } from 'react';
import type { AsyncData } from '@/hooks/use-async-data';
import { AsyncView } from './async-view';
import { Card, type CardLink } from './card';

interface AsyncCardProps<T> {
  title: ReactNode;
  link?: CardLink;
  className?: string;
  state: AsyncData<T>;
  onRetry: () => void;
  /** Data with nothing to show gets `emptyText` instead of `children`. */
  isEmpty?: (data: T) => boolean;
  emptyText?: string;
  children: (data: T) => ReactNode;
}

/** A home card over something loaded: one line while loading, empty or failed (tap to retry), else its rows. */
export function AsyncCard<T>({ title, link, className, state, onRetry, isEmpty, emptyText, children }: AsyncCardProps<T>) {
  return (
    <Card className={className} title={title} link={link}>
      <AsyncView inline state={state} onRetry={onRetry} isEmpty={isEmpty} empty={emptyText ? { title: emptyText } : undefined}>
        {children}
      </AsyncView>
    </Card>
  );
}
