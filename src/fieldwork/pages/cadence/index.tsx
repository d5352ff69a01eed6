import { useState } from 'react';
import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import Taro, { useRouter } from '@tarojs/taro';
import { CadenceItem } from '@/components/fieldwork/cadence-item';
import { PagedList } from '@/components/paged-list';
import { Tabs } from '@/components/tabs';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { useSession } from '@/hooks/use-session';
import type { CadenceState } from '@/core/contact/cadence';
import { listCadence } from '@/services/cadence.service';
import { enterpriseProfileUrl, recordContactUrl } from '@/utils/org-urls';

interface Tab {
  label: string;
  state?: CadenceState;
}
const TABS: Tab[] = [{ label: '已逾期', state: 'overdue' }, { label: '即将到期', state: 'due_soon' }, { label: '全部' }];

const go = (url: string) => void Taro.navigateTo({ url });

/** Every enterprise against its contact and visit cadence, nearest due first. */
export default function CadencePage() {
  const params = useRouter().params;
  const { session } = useSession();
  const role = session.status === 'ready' ? session.user?.role : undefined;
  const [tab, setTab] = useState(() => (params.state && TABS.find((t) => t.state === params.state)) || TABS[0]);
  const list = usePagedList({
    fetchPage: (page, pageSize) => listCadence({ state: tab.state, page, pageSize }),
    keyOf: (row) => row.enterpriseId,
    resetKey: tab,
    pageSize: 20,
  });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: list.refresh });
  const canRecord = role === 'steward' || role === 'liaison';

  return (
    <View className='page-root cadence-page'>
      <Tabs tabs={TABS} active={tab} onChange={setTab} />
      <View className='page-note'>默认每 30 天至少联系一次、每 90 天至少上门走访一次。联系前请先看企业的联系偏好，无事不扰。</View>
      <PagedList
        list={list}
        emptyTitle={tab.state === 'overdue' ? '没有逾期未联系的企业' : tab.state === 'due_soon' ? '近 7 天没有到期的企业' : '暂无企业'}
        renderItem={(row) => (
          <Card key={row.enterpriseId}>
            <CadenceItem
              row={row}
              onOpen={() => go(enterpriseProfileUrl(row.enterpriseId))}
              onRecord={canRecord ? () => go(recordContactUrl(row.enterpriseId, row.enterpriseName)) : undefined}
            />
          </Card>
        )}
      />
    </View>
  );
}
