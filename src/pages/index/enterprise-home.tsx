import { useRef } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { Card } from '@/components/card';
import { EnterpriseContactEntries, RecommendedPoliciesCard } from '@/components/fieldwork/recommended-policies-card';
import { StewardContact } from '@/components/org/steward-contact';
import { DEMAND_STATUS_LABELS, type DemandSummary } from '@/core/demand/demand.model';
import type { SessionUser } from '@/core/session.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { listDemands } from '@/services/demand.service';
import { countByStatus } from '@/utils/count-by-status';
import './role-homes.scss';

const NEW_DEMAND_URL = '/enterprise/pages/demand-new/index';
const MY_DEMANDS_URL = '/enterprise/pages/demands/index';
const SUMMARY_PAGE_SIZE = 20;

export function EnterpriseHome({ user }: { user: SessionUser }) {
  const { state, reload } = useAsyncData(() => listDemands({ page: 1, pageSize: SUMMARY_PAGE_SIZE }), user.id);
  // Counts change after submitting; refresh them when coming back, not on the first show.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });

  return (
    <View className='enterprise-home'>
      <Card className='steward-card' title='我的服务管家'>
        <StewardContact name={user.stewardName} phone={user.stewardPhone} />
        <View className='card-hint steward-card__hint'>有困难和诉求，可随时联系您的服务管家。</View>
      </Card>
      <View className='home-actions'>
        <Button className='primary-button submit-demand-button' onClick={() => void Taro.navigateTo({ url: NEW_DEMAND_URL })}>
          提交诉求
        </Button>
      </View>
      <Card className='home-entry my-demands-entry' title='我的诉求' onClick={() => void Taro.navigateTo({ url: MY_DEMANDS_URL })}>
        {state.status === 'loading' ? <Text className='card-hint'>加载中…</Text> : null}
        {state.status === 'error' ? <Text className='card-hint'>暂时无法读取诉求数量，点击查看列表</Text> : null}
        {state.status === 'ready' ? <DemandCounts items={state.data.items} partial={state.data.hasMore} /> : null}
      </Card>
      <RecommendedPoliciesCard />
      <EnterpriseContactEntries />
    </View>
  );
}

function DemandCounts({ items, partial }: { items: DemandSummary[]; partial: boolean }) {
  if (items.length === 0) return <Text className='card-hint'>还没有提交过诉求</Text>;
  return (
    <View className='demand-counts'>
      {countByStatus(items).map(({ status, count }) => (
        <View key={status} className='demand-count'>
          <Text className='demand-count__label text-meta'>{DEMAND_STATUS_LABELS[status]}</Text>
          <Text className='demand-count__value'>{count}</Text>
        </View>
      ))}
      {partial ? <Text className='card-hint'>以上为最近 {items.length} 条</Text> : null}
    </View>
  );
}
