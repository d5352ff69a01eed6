import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { classNames } from '@/utils/class-names';
import './desk.scss';

/** Two panes next to each other on the desk (figures beside the bulletin), one above the other on a phone. */
export function SideBySide({ start, end, className }: { start: ReactNode; end: ReactNode; className?: string }) {
  return (
    <View className={classNames('side-by-side', className)}>
      <View className='side-by-side__pane'>{start}</View>
      <View className='side-by-side__pane'>{end}</View>
    </View>
  );
}

/** A list screen on the desk: its filters in a column beside the list; on a phone, above it. */
export function FiltersBeside({ filters, children, className }: { filters: ReactNode; children: ReactNode; className?: string }) {
  return (
    <View className={classNames('filters-beside', className)}>
      <View className='filters-beside__filters'>{filters}</View>
      <View className='filters-beside__list'>{children}</View>
    </View>
  );
}
