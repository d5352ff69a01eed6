import { Text, View } from '@tarojs/components';
import { Chip } from '@/components/chip';
import { ProposalKind } from '@/components/org/proposal-kind';
import { StewardField } from '@/components/org/steward-field';
import { RecordHead } from '@/components/record-head';
import type { ProposalView } from '@/core/org/org.model';
import { formatDateTime } from '@/utils/format-time';
import type { useProposalDecision } from '../../hooks/use-proposal-decision';
import { DecidePanel } from '../../components/decide-panel';

const STATUS = { pending: ['待审核', 'waiting'], approved: ['已同意', 'ok'], rejected: ['已驳回', 'danger'] } as const;

interface ProposalItemProps {
  proposal: ProposalView;
  decision: ReturnType<typeof useProposalDecision>;
}

export function ProposalItem({ proposal, decision }: ProposalItemProps) {
  const [statusLabel, tone] = STATUS[proposal.status];
  const deciding = decision.open?.id === proposal.id ? decision.open : null;
  return (
    <View className='list-item district-proposal'>
      <RecordHead title={proposal.enterpriseName} titleClassName='proposal-enterprise' lead={<ProposalKind kind={proposal.kind} />}>
        <Chip tone={tone} className='proposal-status'>
          {statusLabel}
        </Chip>
      </RecordHead>
      <View className='list-item__meta'>
        {proposal.unitName ?? ''}
        {proposal.creditCode ? `　${proposal.creditCode}` : ''}
      </View>
      <View className='list-item__meta proposal-reason'>理由：{proposal.reason}</View>
      {proposal.decisionReason ? <View className='list-item__meta proposal-decision-reason'>审核意见：{proposal.decisionReason}</View> : null}
      <View className='list-item__meta'>{`提出于 ${formatDateTime(proposal.createdAt)}${proposal.decidedAt ? `，审核于 ${formatDateTime(proposal.decidedAt)}` : ''}`}</View>
      {proposal.status === 'pending' && !deciding ? (
        <View className='list-item__actions'>
          <Text className='row-action approve-action' onClick={() => decision.start(proposal, true)}>
            同意
          </Text>
          <Text className='row-action row-action--danger reject-action' onClick={() => decision.start(proposal, false)}>
            驳回
          </Text>
        </View>
      ) : null}
      {deciding ? (
        <DecidePanel decision={decision} approveLabel='同意' rejectLabel='驳回' rejectHint='请写明驳回理由，单位会看到'>
          {proposal.kind === 'add' ? <StewardChoice proposal={proposal} decision={decision} /> : null}
        </DecidePanel>
      ) : null}
    </View>
  );
}

/** Approving an addition may assign the new enterprise's steward at once. */
function StewardChoice({ proposal, decision }: ProposalItemProps) {
  return (
    <View className='decide-panel__field'>
      <View className='decide-panel__label text-note'>分配服务管家（选填）</View>
      <StewardField
        className='steward-picker'
        unitId={proposal.unitId}
        assignable
        value={decision.open!.stewardId}
        placeholder='暂不分配，由总管家稍后分配'
        onChange={(stewardId) => decision.change({ stewardId })}
      />
    </View>
  );
}
