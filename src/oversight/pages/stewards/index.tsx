import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { AsyncCard } from '@/components/async-card';
import { Card } from '@/components/card';
import { EntryGrid } from '@/components/entry-grid';
import { StewardLoads } from '@/components/org/steward-loads';
import { useAsyncData } from '@/hooks/use-async-data';
import { listStewards } from '@/services/org.service';
import { paramText } from '@/utils/org-urls';
import { cadenceWatchUrl, stewardPageUrl, watchListUrl } from '@/utils/oversight-urls';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** One unit seen from the district (`?unitId=&name=`): its stewards, each opening their page, and its lists. */
export default function UnitStewardsPage() {
  const { params } = useRouter();
  const unitId = params.unitId ?? '';
  const { state, reload, refresh } = useAsyncData(() => listStewards(unitId), unitId);
  usePullDownRefresh(async () => {
    await refresh();
    Taro.stopPullDownRefresh();
  });
  return (
    <View className='page-root unit-stewards-page'>
      <Card title={paramText(params.name) || '单位'}>
        <EntryGrid
          entries={[
            { key: 'demands', label: '本单位诉求', hint: '筛选、导出', className: 'unit-demands-entry', onClick: go(watchListUrl({ unitId })) },
            { key: 'overdue', label: '逾期诉求', hint: '督办', className: 'unit-overdue-entry', onClick: go(watchListUrl({ unitId, overdue: true })) },
            { key: 'cadence', label: '联系走访', hint: '逾期未联系的企业', className: 'unit-cadence-entry', onClick: go(cadenceWatchUrl(unitId)) },
          ]}
        />
      </Card>
      <AsyncCard className='steward-loads-card' title='管家服务情况' state={state} onRetry={() => void reload()}>
        {(stewards) => <StewardLoads stewards={stewards} onOpen={(s) => void Taro.navigateTo({ url: stewardPageUrl(s.id) })} />}
      </AsyncCard>
    </View>
  );
}
