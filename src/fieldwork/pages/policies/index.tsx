import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { PagedList } from '@/components/paged-list';
import { PolicyItem } from '@/components/fieldwork/policy-item';
import { SearchBar } from '@/components/search-bar';
import { Tabs } from '@/components/tabs';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { useSession } from '@/hooks/use-session';
import { listPolicies } from '@/services/policy.service';
import { DISTRICT_POLICY_NEW_URL, policyPromoteUrl } from '@/utils/fieldwork-urls';

const VALID = { label: '有效政策', includeExpired: false };
const ALL = { label: '含已过期', includeExpired: true };
const TABS = [VALID, ALL];

/** The policy library: stewards and liaisons find a policy and record presenting it; the district publishes. */
export default function PoliciesPage() {
  const { session } = useSession();
  const role = session.status === 'ready' ? session.user?.role : undefined;
  const [keyword, setKeyword] = useState('');
  const [tab, setTab] = useState(VALID);
  const list = usePagedList({
    fetchPage: (page, pageSize) => listPolicies({ keyword: keyword || undefined, includeExpired: tab.includeExpired, page, pageSize }),
    keyOf: (p) => p.id,
    resetKey: `${keyword}|${tab.label}`,
  });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: list.refresh });
  const canPromote = role === 'steward' || role === 'liaison';

  return (
    <View className='page-root policies-page'>
      <SearchBar placeholder='搜索政策名称' onSearch={setKeyword} />
      <View className='toolbar'>
        <View className='toolbar__grow'>
          <Tabs tabs={TABS} active={tab} onChange={setTab} />
        </View>
        {role === 'district_admin' ? (
          <Button className='primary-button toolbar-button new-policy-button' size='mini' onClick={() => void Taro.navigateTo({ url: DISTRICT_POLICY_NEW_URL })}>
            发布政策
          </Button>
        ) : null}
      </View>
      <PagedList
        list={list}
        emptyTitle={keyword ? `没有找到“${keyword}”` : '暂无政策'}
        emptyHint={keyword ? '换个关键词试试' : '区科经委发布的政策会出现在这里。'}
        renderItem={(policy) => (
          <Card key={policy.id} className='policy-card'>
            <PolicyItem
              policy={policy}
              action={
                canPromote && !policy.expired ? (
                  <Button className='plain-button promote-button' size='mini' onClick={() => void Taro.navigateTo({ url: policyPromoteUrl(policy.id, policy.title) })}>
                    向企业宣讲
                  </Button>
                ) : null
              }
            />
          </Card>
        )}
      />
    </View>
  );
}
