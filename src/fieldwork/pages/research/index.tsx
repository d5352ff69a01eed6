import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { PagedList } from '@/components/paged-list';
import { LoadingState } from '@/components/loading-state';
import { Tabs } from '@/components/tabs';
import type { Role } from '@/core/roles';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { useSession } from '@/hooks/use-session';
import { listResearch } from '@/services/research.service';
import { researchNewUrl, researchPlanUrl } from '@/utils/fieldwork-urls';
import { paramText } from '@/utils/org-urls';
import { useResearchActions } from '../../hooks/use-research-actions';
import { VisitCard } from './visit-card';
import './index.scss';

interface Tab {
  label: string;
  query: { openOnly?: boolean; status?: 'planned' };
}
const ALL: Tab = { label: '全部调研', query: {} };
const PLANNED: Tab = { label: '计划中', query: { status: 'planned' } };
const OPEN: Tab = { label: '未办结承诺', query: { openOnly: true } };

/** Leader research visits with their promises: stewards close and follow up; units and the district watch the open ones. */
export default function ResearchPage() {
  const { session } = useSession();
  // The tabs and actions depend on the role: wait for it rather than load the list twice.
  if (session.status !== 'ready') return <LoadingState />;
  return <ResearchList role={session.user?.role} />;
}

function ResearchList({ role }: { role?: Role }) {
  const params = useRouter().params;
  const enterpriseId = params.enterpriseId || undefined;
  const overseer = role === 'unit_admin' || role === 'district_admin';
  const tabs = overseer ? [OPEN, PLANNED, ALL] : [ALL, PLANNED, OPEN];
  const [picked, setPicked] = useState<Tab | null>(params.open === '1' ? OPEN : null);
  const tab = picked ?? tabs[0];
  const actions = useResearchActions();
  const list = usePagedList({
    fetchPage: (page, pageSize) => listResearch({ ...tab.query, enterpriseId, page, pageSize }),
    keyOf: (v) => v.id,
    resetKey: `${tab.label}|${enterpriseId ?? ''}`,
  });
  const refresh = async () => {
    await list.refresh();
    actions.forget();
  };
  useListPageEvents({ refresh, loadMore: list.loadMore, onReturn: refresh });

  return (
    <View className='page-root research-page'>
      {enterpriseId ? <View className='page-heading'>{paramText(params.name) || '本企业'}</View> : null}
      <Tabs tabs={tabs} active={tab} onChange={setPicked} />
      {role === 'steward' ? (
        <View className='toolbar toolbar--padded research-actions'>
          <View className='toolbar__grow text-meta'>调研前登记计划和方案，调研后记录</View>
          <Button className='plain-button toolbar-button plan-research-button' size='mini' onClick={() => void Taro.navigateTo({ url: researchPlanUrl(enterpriseId, paramText(params.name)) })}>
            计划调研
          </Button>
          <Button className='primary-button toolbar-button new-research-button' size='mini' onClick={() => void Taro.navigateTo({ url: researchNewUrl(enterpriseId, paramText(params.name)) })}>
            记录调研
          </Button>
        </View>
      ) : null}
      <PagedList
        list={list}
        emptyTitle={tab === OPEN ? '没有未办结的承诺事项' : tab === PLANNED ? '没有计划中的调研' : '暂无调研记录'}
        emptyHint={role === 'steward' ? '市、区领导调研企业前可先登记计划和调研方案；调研后管家记录调研内容和承诺事项。' : undefined}
        renderItem={(visit) => (
          <VisitCard
            key={visit.id}
            visit={actions.updated[visit.id] ?? visit}
            showEnterprise={!enterpriseId}
            canClose={role === 'steward' || role === 'unit_admin'}
            canFollowUp={role === 'steward'}
            actions={actions}
          />
        )}
      />
    </View>
  );
}
