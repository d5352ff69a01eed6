import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { PagedList } from '@/components/paged-list';
import { PromotionItem } from '@/components/fieldwork/promotion-item';
import { RecordHead } from '@/components/record-head';
import { Tabs } from '@/components/tabs';
import type { PromotionTodoView } from '@/core/fieldwork/fieldwork.model';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { useSession } from '@/hooks/use-session';
import { listPromotions, listPromotionTodos } from '@/services/policy.service';
import { policyPromoteUrl } from '@/utils/fieldwork-urls';
import { formatDate } from '@/utils/format-time';
import type { Option } from '@/utils/option';
import { paramText } from '@/utils/org-urls';

type Tab = 'todo' | 'done';
const TABS: Option<Tab>[] = [
  { label: '待宣讲', value: 'todo' },
  { label: '宣讲记录', value: 'done' },
];

/**
 * Policy promotion: the to-dos pushed policies left (one per matching enterprise, done when the
 * promotion is recorded), and the promotions recorded, for one enterprise or the caller's scope.
 */
export default function PromotionsPage() {
  const params = useRouter().params;
  const enterpriseId = params.enterpriseId || undefined;
  const [tab, setTab] = useState(TABS.find((t) => t.value === params.tab) ?? TABS[enterpriseId ? 1 : 0]);
  return (
    <View className='page-root promotions-page'>
      {enterpriseId ? <View className='page-heading'>{paramText(params.name) || '本企业'}</View> : <Tabs name='promotion-tab' tabs={TABS} active={tab} onChange={setTab} />}
      {tab.value === 'todo' && !enterpriseId ? <TodoList /> : <PromotionList enterpriseId={enterpriseId} />}
    </View>
  );
}

function TodoList() {
  const { session } = useSession();
  const canPromote = session.status === 'ready' && (session.user?.role === 'steward' || session.user?.role === 'liaison');
  const list = usePagedList({ fetchPage: (page, pageSize) => listPromotionTodos({ page, pageSize }), keyOf: (t) => t.id });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: list.refresh });
  return (
    <PagedList
      list={list}
      emptyTitle='没有待宣讲的政策'
      emptyHint='区科经委发布政策后，与政策匹配的企业会出现在这里，宣讲后记录即完成。'
      renderItem={(todo) => <TodoCard key={todo.id} todo={todo} canPromote={canPromote} />}
    />
  );
}

function PromotionList({ enterpriseId }: { enterpriseId?: string }) {
  const list = usePagedList({ fetchPage: (page, pageSize) => listPromotions({ enterpriseId, page, pageSize }), keyOf: (p) => p.id, resetKey: enterpriseId });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore });
  return (
    <PagedList
      list={list}
      emptyTitle='暂无宣讲记录'
      emptyHint='在政策库中选择政策，向企业宣讲后记录企业是否有意申报。'
      renderItem={(promotion) => <Card key={promotion.id}><PromotionItem promotion={promotion} showEnterprise={!enterpriseId} /></Card>}
    />
  );
}

function TodoCard({ todo, canPromote }: { todo: PromotionTodoView; canPromote: boolean }) {
  return (
    <Card className='promotion-todo-card'>
      <RecordHead title={todo.enterpriseName} align='baseline'>
        <Text className='text-meta'>{`${formatDate(todo.createdAt)} 推送`}</Text>
      </RecordHead>
      <View className='text-body promotion-todo-card__policy'>{todo.policyTitle}</View>
      {canPromote ? (
        <View className='list-item__actions'>
          <Text className='row-action promote-now' onClick={() => void Taro.navigateTo({ url: policyPromoteUrl(todo.policyId, todo.policyTitle, todo.enterpriseId, todo.enterpriseName) })}>
            记录宣讲
          </Text>
        </View>
      ) : null}
    </Card>
  );
}
