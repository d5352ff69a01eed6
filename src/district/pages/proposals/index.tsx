import { useState } from 'react';
import { View } from '@tarojs/components';
import { usePagedList } from '@/hooks/use-paged-list';
import { listProposals, type ProposalStatus } from '@/services/district.service';
import { FilterTabs, type FilterOption } from '../../components/filter-tabs';
import { PagedListBody } from '../../components/paged-list-body';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { useProposalDecision } from '../../hooks/use-proposal-decision';
import { ProposalItem } from './proposal-item';
import '../../district.scss';
import './index.scss';

const TABS: FilterOption<ProposalStatus>[] = [
  { label: '待审核', value: 'pending' },
  { label: '已同意', value: 'approved' },
  { label: '已驳回', value: 'rejected' },
];

/** Units propose adding or removing enterprises; the district approves or rejects each. */
export default function ProposalsPage() {
  const [status, setStatus] = useState<ProposalStatus>('pending');
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
    <View className='page-root district-page proposals-page'>
      <FilterTabs name='proposal-status' options={TABS} value={status} onChange={setStatus} />
      <PagedListBody
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
