import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Chip } from '@/components/chip';
import { PagedList } from '@/components/paged-list';
import { RecordHead } from '@/components/record-head';
import { Tabs } from '@/components/tabs';
import type { RectificationRow } from '@/core/rectification/rectification.model';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { formatDateTime } from '@/utils/format-time';
import { rectificationUrl } from '@/utils/inspection-urls';
import { listRectifications } from '../../services/inspection.service';

type Tab = { label: string; value: 'open' | 'closed' | 'all' };
const TABS: Tab[] = [
  { label: '进行中', value: 'open' },
  { label: '已完成', value: 'closed' },
  { label: '全部', value: 'all' },
];

function PlanRow({ plan }: { plan: RectificationRow }) {
  return (
    <View className='list-item rectification-row' onClick={() => void Taro.navigateTo({ url: rectificationUrl(plan.id) })}>
      <RecordHead title={`${plan.unitName} · ${plan.source.title}`} size='md'>
        {plan.overdue ? <Chip tone='danger'>已逾期</Chip> : null}
        <Chip tone={plan.status === 'completed' ? 'ok' : 'waiting'}>{plan.statusLabel}</Chip>
      </RecordHead>
      <View className='list-item__meta'>
        {plan.sourceLabel} · {formatDateTime(plan.requestedAt)} 要求 · 措施 {plan.measuresDone}/{plan.measures} 完成
      </View>
    </View>
  );
}

/** Rectification plans: the unit admin's own unit, or every unit's for the district. */
export default function RectificationsPage() {
  const [tab, setTab] = useState(TABS[0]);
  const list = usePagedList({ fetchPage: (page, pageSize) => listRectifications({ state: tab.value, page, pageSize }), keyOf: (r) => r.id, resetKey: tab.value });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: () => void list.refresh() });
  return (
    <View className='page-root rectifications-page'>
      <View className='page-note'>约谈、考核或抽查后，单位须在期限内提交整改方案；逾期未交、措施逾期的将提醒单位并督办。</View>
      <Tabs name='rectifications' tabs={TABS} active={tab} onChange={setTab} />
      <PagedList list={list} emptyTitle='暂无整改方案' renderItem={(r) => <PlanRow key={r.id} plan={r} />} />
    </View>
  );
}
