import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import './timeline.scss';

/** One event on a vertical rail of dots (a demand's steps, an enterprise's contacts); the last one ends the rail. */
export function TimelineEntry({ children }: { children: ReactNode }) {
  return <View className='timeline-entry'>{children}</View>;
}
