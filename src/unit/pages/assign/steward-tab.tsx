import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { StewardRoster } from '@/components/org/steward-loads';
import type { StewardLoad } from '@/core/org/org.model';
import type { useStewardList } from '@/hooks/use-steward-list';

interface StewardTabProps {
  list: ReturnType<typeof useStewardList>;
  onOpen: (steward: StewardLoad) => void;
}

/** Each steward's load against the limit, searched and paged; tapping one lists their enterprises. */
export function StewardTab({ list, onOpen }: StewardTabProps) {
  usePullDownRefresh(async () => {
    await list.refresh();
    Taro.stopPullDownRefresh();
  });
  useReachBottom(() => void list.loadMore());
  return (
    <View className='steward-tab'>
      <StewardRoster list={list} onOpen={onOpen} header={<View className='unit-hint text-hint'>每位管家平均服务不超过 10 家企业；点击管家查看并调整其服务的企业。</View>} />
    </View>
  );
}
