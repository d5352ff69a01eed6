import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { ListFooter } from '@/components/list-footer';
import { LoadingState } from '@/components/loading-state';
import type { ProposalView } from '@/core/org/org.model';
import { usePagedList } from '@/hooks/use-paged-list';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { listProposals } from '@/services/unit.service';
import { formatDateTime } from '@/utils/format-time';
import { UNIT_PROPOSAL_NEW_URL } from '@/utils/org-urls';
import '@/components/status-tag.scss';
import '../../components/unit.scss';
import './index.scss';

const STATUS: Record<ProposalView['status'], { label: string; tone: string }> = {
  pending: { label: '待区审核', tone: 'waiting' },
  approved: { label: '已同意', tone: 'done' },
  rejected: { label: '未同意', tone: 'attention' },
};

/** The unit's proposals to adjust the key-enterprise list, with the district's decision. */
export default function ProposalsPage() {
  const list = usePagedList({ fetchPage: (page, pageSize) => listProposals({ page, pageSize }), keyOf: (p) => p.id });
  useReloadOnShow(() => void list.refresh());
  usePullDownRefresh(async () => {
    await list.refresh();
    Taro.stopPullDownRefresh();
  });
  useReachBottom(() => void list.loadMore());

  return (
    <View className='page-root proposals-page'>
      <View className='form-actions proposals-page__new'>
        <Button className='primary-button new-proposal-button' onClick={() => void Taro.navigateTo({ url: UNIT_PROPOSAL_NEW_URL })}>
          提出调整建议
        </Button>
      </View>
      {list.status === 'loading' ? <LoadingState /> : null}
      {list.status === 'error' && list.error ? <ErrorState message={list.error.message} onRetry={() => void list.reload()} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title='还没有调整建议' hint='建议将企业纳入或移出重点企业名单，由区科经委审核。' />
      ) : null}
      {list.items.map((p) => (
        <ProposalItem key={p.id} proposal={p} />
      ))}
      {list.status === 'ready' && list.items.length > 0 ? (
        <ListFooter hasMore={list.hasMore} loadingMore={list.loadingMore} failed={Boolean(list.loadMoreError)} onLoadMore={() => void list.loadMore()} />
      ) : null}
    </View>
  );
}

function ProposalItem({ proposal: p }: { proposal: ProposalView }) {
  const status = STATUS[p.status];
  return (
    <View className='proposal-item'>
      <View className='proposal-item__head'>
        <Text className={`proposal-kind proposal-kind--${p.kind}`}>{p.kind === 'add' ? '建议纳入' : '建议移出'}</Text>
        <Text className='proposal-item__name'>{p.enterpriseName}</Text>
        <Text className={`status-tag status-tag--${status.tone} proposal-status`}>{status.label}</Text>
      </View>
      {p.creditCode ? <View className='proposal-item__line'>{`信用代码：${p.creditCode}`}</View> : null}
      <View className='proposal-item__line'>{`理由：${p.reason}`}</View>
      {p.status !== 'pending' ? (
        <View className='proposal-item__decision'>{`区科经委意见：${p.decisionReason || (p.status === 'approved' ? '同意' : '未说明理由')}`}</View>
      ) : null}
      <View className='proposal-item__time'>
        {`提出于 ${formatDateTime(p.createdAt)}${p.decidedAt ? ` · 审核于 ${formatDateTime(p.decidedAt)}` : ''}`}
      </View>
    </View>
  );
}
