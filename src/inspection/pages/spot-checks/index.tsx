import { useState } from 'react';
import { Switch, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { PagedList } from '@/components/paged-list';
import { Tabs } from '@/components/tabs';
import { useAsyncData } from '@/hooks/use-async-data';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { SpotCheckItem } from '../../components/spot-check-item';
import { useRole } from '../../hooks/use-role';
import { configureSpotCheck, listSpotCheckItems, spotCheckSettings } from '../../services/inspection.service';

type Tab = { label: string; value: 'open' | 'verified' | 'all' };
const TABS: Tab[] = [
  { label: '待核实', value: 'open' },
  { label: '已核实', value: 'verified' },
  { label: '全部', value: 'all' },
];

/** This week's spot-check list (with last week's unverified items carried over): verify each with the enterprise. */
export default function SpotChecksPage() {
  const role = useRole();
  const [tab, setTab] = useState(TABS[0]);
  const [week, setWeek] = useState<string | null>(null);
  const settings = useAsyncData(() => spotCheckSettings(), 'spot-check-settings');
  const list = usePagedList({
    fetchPage: async (page, pageSize) => {
      const result = await listSpotCheckItems({ state: tab.value, page, pageSize });
      setWeek(result.week);
      return result;
    },
    keyOf: (i) => i.id,
    resetKey: tab.value,
  });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore });
  const unitAdminsVerify = settings.state.status === 'ready' && settings.state.data.unitAdminsVerify;
  const canVerify = role === 'district_admin' || (role === 'unit_admin' && unitAdminsVerify);
  const share = settings.state.status === 'ready' ? settings.state.data : null;
  return (
    <View className='page-root spot-checks-page'>
      <View className='page-note'>
        {week ? `${week} 这一周的抽查清单。` : ''}每周一从上周的联系和走访中，按单位抽取{share ? ` ${Math.round(share.share * 100)}%（至少 ${share.minimum} 条，上门走访优先）` : ''}，向企业核实；未核实的顺延到下周。
      </View>
      {role === 'district_admin' && settings.state.status === 'ready' ? (
        <Card className='spot-check-settings'>
          <View className='toolbar'>
            <View className='text-body'>允许单位总管家核实本单位的记录</View>
            <Switch className='unit-verify-switch' checked={unitAdminsVerify} onChange={(e) => void configureSpotCheck({ unitAdminsVerify: e.detail.value }).then(() => settings.reload())} />
          </View>
        </Card>
      ) : null}
      {role === 'unit_admin' && !unitAdminsVerify ? <View className='page-note'>本单位的记录由区科经委核实。</View> : null}
      <Tabs name='spot-checks' tabs={TABS} active={tab} onChange={setTab} />
      <PagedList list={list} emptyTitle={week ? '这一栏暂无记录' : '还没有抽查'} emptyHint='抽查在每周第一个工作日上午自动进行' renderItem={(i) => <SpotCheckItem key={`${i.id}-${i.status}`} initial={i} canVerify={canVerify} />} />
    </View>
  );
}
