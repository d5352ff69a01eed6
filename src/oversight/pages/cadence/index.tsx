import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { CadenceItem } from '@/components/fieldwork/cadence-item';
import { OptionsField } from '@/components/options-field';
import { PagedList } from '@/components/paged-list';
import { Tabs } from '@/components/tabs';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { useSession } from '@/hooks/use-session';
import { useUnitOptions } from '@/hooks/use-unit-options';
import { listCadence } from '@/services/cadence.service';
import { enterpriseProfileUrl } from '@/utils/org-urls';
import './index.scss';

const STATES = [
  { label: '已逾期', state: 'overdue' as const },
  { label: '7天内到期', state: 'due_soon' as const },
];

/**
 * 联系走访督查: enterprises overdue for a contact or a visit, the longest overdue first, paged to the
 * end; the district across all units or one unit (`?unitId=`), a unit admin its own.
 */
export default function CadenceWatchPage() {
  const { session } = useSession();
  const district = session.status === 'ready' && session.user?.role === 'district_admin';
  const units = useUnitOptions(district);
  const [unitId, setUnitId] = useState(useRouter().params.unitId ?? '');
  const [tab, setTab] = useState(STATES[0]);
  const list = usePagedList({
    fetchPage: (page, pageSize) => listCadence({ state: tab.state, ...(unitId ? { unitId } : {}), page, pageSize }),
    keyOf: (row) => row.enterpriseId,
    resetKey: `${tab.state}|${unitId}`,
    pageSize: 20,
  });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: list.refresh });
  const unitState = { ...units, options: [{ value: '', label: '全部单位' }, ...units.options] };

  return (
    <View className='page-root cadence-watch-page'>
      <View className='toolbar'>
        <View className='toolbar__grow'>
          <Tabs name='cadence-state' tabs={STATES} active={tab} onChange={setTab} />
        </View>
        {district ? (
          <View className='cadence-watch__unit'>
            <OptionsField className='unit-filter' state={unitState} value={unitId} placeholder='全部单位' emptyText='暂无单位' onChange={setUnitId} />
          </View>
        ) : null}
      </View>
      <PagedList
        list={list}
        className='cadence-watch-list'
        emptyTitle={tab.state === 'overdue' ? '没有逾期未联系的企业' : '7 天内没有到期的企业'}
        emptyHint='默认每 30 天联系一次、每 90 天上门走访一次，单位可按企业调整。'
        wrap={(rows) => <View className='card cadence-watch__rows'>{rows}</View>}
        renderItem={(row) => <CadenceItem key={row.enterpriseId} row={row} showSteward onOpen={() => void Taro.navigateTo({ url: enterpriseProfileUrl(row.enterpriseId) })} />}
      />
    </View>
  );
}
