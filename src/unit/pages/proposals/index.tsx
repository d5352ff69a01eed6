import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Chip, type ChipTone } from '@/components/chip';
import { ProposalKind } from '@/components/org/proposal-kind';
import { Notice } from '@/components/notice';
import { PagedList } from '@/components/paged-list';
import { RecordHead } from '@/components/record-head';
import type { ProposalView } from '@/core/org/org.model';
import { useListPageEvents } from '@/hooks/use-list-page-events';
import { usePagedList } from '@/hooks/use-paged-list';
import { listProposals } from '../../services/unit.service';
import { formatDateTime } from '@/utils/format-time';
import { UNIT_PROPOSAL_NEW_URL } from '@/utils/org-urls';
import './index.scss';

const STATUS: Record<ProposalView['status'], { label: string; tone: ChipTone }> = {
  pending: { label: '待区审核', tone: 'waiting' },
  approved: { label: '已同意', tone: 'ok' },
  rejected: { label: '未同意', tone: 'danger' },
};

/** The unit's proposals to adjust the key-enterprise list, with the district's decision. */
export default function ProposalsPage() {
  const list = usePagedList({ fetchPage: (page, pageSize) => listProposals({ page, pageSize }), keyOf: (p) => p.id });
  useListPageEvents({ refresh: list.refresh, loadMore: list.loadMore, onReturn: list.refresh });

  return (
    <View className='page-root proposals-page'>
      <View className='form-actions proposals-page__new'>
        <Button className='primary-button new-proposal-button' onClick={() => void Taro.navigateTo({ url: UNIT_PROPOSAL_NEW_URL })}>
          提出调整建议
        </Button>
      </View>
      <PagedList
        list={list}
        emptyTitle='还没有调整建议'
        emptyHint='建议将企业纳入或移出重点企业名单，由区科经委审核。'
        renderItem={(p) => <ProposalItem key={p.id} proposal={p} />}
      />
    </View>
  );
}

function ProposalItem({ proposal: p }: { proposal: ProposalView }) {
  const status = STATUS[p.status];
  return (
    <View className='list-item unit-proposal'>
      <RecordHead title={p.enterpriseName} lead={<ProposalKind kind={p.kind} />}>
        <Chip tone={status.tone} className='proposal-status'>
          {status.label}
        </Chip>
      </RecordHead>
      {p.creditCode ? <View className='list-item__meta'>{`信用代码：${p.creditCode}`}</View> : null}
      <View className='list-item__meta'>{`理由：${p.reason}`}</View>
      {p.status !== 'pending' ? (
        <Notice tone='plain' compact className='unit-proposal__decision'>{`区科经委意见：${p.decisionReason || (p.status === 'approved' ? '同意' : '未说明理由')}`}</Notice>
      ) : null}
      <View className='list-item__meta'>{`提出于 ${formatDateTime(p.createdAt)}${p.decidedAt ? ` · 审核于 ${formatDateTime(p.decidedAt)}` : ''}`}</View>
    </View>
  );
}
