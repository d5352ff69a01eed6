import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { RecordHead } from '@/components/record-head';
import type { ResearchVisitView } from '@/core/fieldwork/fieldwork.model';
import { formatDate } from '@/utils/format-time';
import type { useResearchActions } from '../../hooks/use-research-actions';
import { InlineForm } from './inline-form';
import { PromiseRow } from './promise-row';

interface VisitCardProps {
  visit: ResearchVisitView;
  showEnterprise: boolean;
  canClose: boolean;
  canFollowUp: boolean;
  actions: ReturnType<typeof useResearchActions>;
}

/** A research visit: who came and why, the follow-up owed to the enterprise, and every promise. */
export function VisitCard({ visit, showEnterprise, canClose, canFollowUp, actions }: VisitCardProps) {
  const followUpLate = !visit.followUpAt && Date.parse(visit.followUpDueAt) < Date.now();
  const followUpTask = { kind: 'followUp' as const, visitId: visit.id };
  return (
    <Card className={`research-visit${visit.openPromises ? ' research-visit--open' : ''}`}>
      {showEnterprise ? <View className='research-visit__enterprise'>{visit.enterpriseName}</View> : null}
      <RecordHead title={visit.leaders} align='baseline'>
        <Text className='research-visit__date text-meta'>{visit.date}</Text>
      </RecordHead>
      {visit.accompanying ? <View className='research-visit__line text-meta'>{`陪同：${visit.accompanying}`}</View> : null}
      <View className='research-visit__topics text-body'>{visit.topics}</View>
      <View className={`research-visit__follow-up${followUpLate ? ' research-visit__follow-up--late' : ''}`}>
        {visit.followUpAt
          ? `已于 ${formatDate(visit.followUpAt)} 回访：${visit.followUpNote ?? ''}`
          : `${followUpLate ? '回访已逾期' : '待回访'}（${formatDate(visit.followUpDueAt)} 前）`}
      </View>
      {canFollowUp && !visit.followUpAt ? (
        actions.isOpen(followUpTask) ? (
          <InlineForm actions={actions} name='follow-up' placeholder='回访情况：企业对调研承诺的反馈、仍需协调的事项（至少 4 个字）' submitLabel='提交回访' />
        ) : (
          <Text className='link follow-up-link' onClick={() => actions.open(followUpTask)}>
            记录回访
          </Text>
        )
      ) : null}
      {visit.promises.length ? (
        <View className='research-visit__promises'>
          <View className='research-visit__promises-title'>{`承诺事项（未办结 ${visit.openPromises} / ${visit.promises.length}）`}</View>
          {visit.promises.map((p) => (
            <PromiseRow key={p.id} visitId={visit.id} promise={p} canClose={canClose} actions={actions} />
          ))}
        </View>
      ) : (
        <View className='research-visit__line text-meta'>无承诺事项</View>
      )}
    </Card>
  );
}
