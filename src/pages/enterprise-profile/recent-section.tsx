import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';

interface RecentSectionProps<T> {
  name: string;
  title: string;
  items: T[];
  empty: string;
  /** Where 查看全部 leads; none when there is no list page for the caller. */
  allUrl?: string;
  render: (item: T) => ReactNode;
}

/** The latest few of one kind of record on the profile, with the way to the whole list. */
export function RecentSection<T>({ name, title, items, empty, allUrl, render }: RecentSectionProps<T>) {
  return (
    <Card className={`profile-recent profile-recent--${name}`} title={title} link={allUrl ? { label: '查看全部', onClick: () => void Taro.navigateTo({ url: allUrl }) } : undefined}>
      {items.length === 0 ? <View className='card-hint'>{empty}</View> : items.map(render)}
    </Card>
  );
}
