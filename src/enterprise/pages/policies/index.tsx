import { useState } from 'react';
import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { PagedList } from '@/components/paged-list';
import { PolicyItem } from '@/components/fieldwork/policy-item';
import { PromotionItem } from '@/components/fieldwork/promotion-item';
import { Tabs } from '@/components/tabs';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { listPolicies, listPromotions } from '@/services/policy.service';

const MATCHING = { label: '为您推荐' };
const PUSHED = { label: '管家宣讲过的' };
const TABS = [MATCHING, PUSHED];

/** Policies in force that match the enterprise's industry and tags, and those its steward presented. */
export default function EnterprisePoliciesPage() {
  const [tab, setTab] = useState(MATCHING);
  return (
    <View className='page-root enterprise-policies-page'>
      <Tabs tabs={TABS} active={tab} onChange={setTab} />
      {tab === MATCHING ? <MatchingPolicies /> : <PushedPolicies />}
    </View>
  );
}

function MatchingPolicies() {
  // The server answers an enterprise with matching, valid policies only.
  const list = usePagedList({ fetchPage: (page, pageSize) => listPolicies({ page, pageSize }), keyOf: (p) => p.id });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore });
  return (
    <PagedList
      list={list}
      emptyTitle='暂无匹配的政策'
      emptyHint='区里发布与贵企业行业、类型相符的政策后会显示在这里，也可以咨询您的服务管家。'
      renderItem={(policy) => <Card key={policy.id}><PolicyItem policy={policy} /></Card>}
    />
  );
}

function PushedPolicies() {
  const list = usePagedList({ fetchPage: (page, pageSize) => listPromotions({ page, pageSize }), keyOf: (p) => p.id });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore });
  return (
    <PagedList
      list={list}
      emptyTitle='管家还没有向您宣讲过政策'
      renderItem={(promotion) => <Card key={promotion.id}><PromotionItem promotion={promotion} forEnterprise /></Card>}
    />
  );
}
