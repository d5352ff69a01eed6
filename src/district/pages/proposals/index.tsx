import { useState } from 'react';
import { View } from '@tarojs/components';
import { PagedList } from '@/components/paged-list';
import { Tabs } from '@/components/tabs';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import type { ProposalStatus } from '@/core/org/org.model';
import { listProposals } from '../../services/district.service';
import type { Option } from '@/utils/option';
import { useProposalDecision } from '../../hooks/use-proposal-decision';
import { ProposalItem } from './proposal-item';

const TABS: Option<ProposalStatus>[] = [
  { label: '待审核', value: 'pending' },
  { label: '已同意', value: 'approved' },
  { label: '已驳回', value: 'rejected' },
];

/** Units propose adding or removing enterprises; the district approves or rejects each. */
export default function ProposalsPage() {
  const [tab, setTab] = useState(TABS[0]);
  const status = tab.value;
  const list = usePagedList({
    fetchPage: (page, pageSize) => listProposals({ status, page, pageSize }),
    keyOf: (proposal) => proposal.id,
    resetKey: status,
  });
  const decision = useProposalDecision();
  const refresh = async () => {
    decision.forget();
    await list.refresh();
  };
  useListPageEvents({ refresh, loadMore: list.loadMore });

  return (
    <View className='page-root proposals-page'>
      <Tabs name='proposal-status' tabs={TABS} active={tab} onChange={setTab} />
      <PagedList
        list={list}
        emptyTitle={status === 'pending' ? '没有待审核的建议' : '暂无记录'}
        emptyHint={status === 'pending' ? '各单位提出的新增或移出重点企业建议会出现在这里。' : undefined}
        renderItem={(item) => (
          <ProposalItem key={item.id} proposal={decision.decided[item.id] ?? item} decision={decision} />
        )}
      />
    </View>
  );
}
