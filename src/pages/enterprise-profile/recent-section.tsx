import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
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
  const head = (
    <View className='card-head'>
      <Text>{title}</Text>
      {allUrl ? (
        <Text className='card-head__link link view-all' onClick={() => void Taro.navigateTo({ url: allUrl })}>
          查看全部
        </Text>
      ) : null}
    </View>
  );
  return (
    <Card className={`profile-recent profile-recent--${name}`} title={head}>
      {items.length === 0 ? <View className='section-hint'>{empty}</View> : items.map(render)}
    </Card>
  );
}
