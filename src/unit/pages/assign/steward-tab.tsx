import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { EmptyState } from '@/components/empty-state';
import type { StewardLoad } from '@/core/org/org.model';

interface StewardTabProps {
  stewards: StewardLoad[];
  onOpen: (steward: StewardLoad) => void;
  onRefresh: () => Promise<void>;
}

/** Each steward's load against the limit; tapping one lists their enterprises. */
export function StewardTab({ stewards, onOpen, onRefresh }: StewardTabProps) {
  usePullDownRefresh(async () => {
    await onRefresh();
    Taro.stopPullDownRefresh();
  });
  if (stewards.length === 0) return <EmptyState title='本单位还没有管家' hint='管家账号由区科经委创建。' />;
  return (
    <View className='steward-tab'>
      <View className='unit-hint text-hint'>每位管家平均服务不超过 10 家企业；点击管家查看并调整其服务的企业。</View>
      <Card>
        {stewards.map((s) => (
          <View key={s.id} className={`card-row steward-row${s.overloaded ? ' steward-row--over' : ''}`} onClick={() => onOpen(s)}>
            <View className='steward-row__main'>
              <Text className='steward-row__name'>{s.name}</Text>
              {s.overloaded ? (
                <Chip tone='danger' className='steward-row__flag overloaded-flag'>
                  超过10家
                </Chip>
              ) : null}
              {s.status === 'disabled' ? (
                <Chip tone='muted' className='steward-row__flag'>
                  已停用
                </Chip>
              ) : null}
            </View>
            <Text className='steward-row__count'>{`${s.enterprises} 家 ›`}</Text>
          </View>
        ))}
      </Card>
    </View>
  );
}
