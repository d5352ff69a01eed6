import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { EntryGrid } from '@/components/entry-grid';
import { StewardRoster } from '@/components/org/steward-loads';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { useStewardList } from '@/hooks/use-steward-list';
import { paramText } from '@/utils/org-urls';
import { cadenceWatchUrl, stewardPageUrl, watchListUrl } from '@/utils/oversight-urls';

const go = (url: string) => () => void Taro.navigateTo({ url });

/**
 * One unit seen from the district (`?unitId=&name=`), or a unit admin's own (no unitId): its
 * stewards by name, searched and paged, each opening their page; and its lists.
 */
export default function UnitStewardsPage() {
  const { params } = useRouter();
  const unitId = params.unitId ?? '';
  const stewards = useStewardList({ unitId: unitId || undefined });
  useListPageEvents({ refresh: stewards.refresh, loadMore: stewards.loadMore, onReturn: stewards.refresh });
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
      <View className='steward-loads-card'>
        <StewardRoster list={stewards} onOpen={(s) => void Taro.navigateTo({ url: stewardPageUrl(s.id) })} />
      </View>
    </View>
  );
}
