import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { AttachmentGallery } from '@/components/demand/attachment-gallery';
import { RecordHead } from '@/components/record-head';
import type { ResearchVisitView } from '@/core/fieldwork/fieldwork.model';
import { researchNewUrl } from '@/utils/fieldwork-urls';
import { formatDate } from '@/utils/format-time';
import type { useResearchActions } from '../../hooks/use-research-actions';
import { InlineForm } from './inline-form';
import { PromiseRow } from './promise-row';

interface VisitCardProps {
  visit: ResearchVisitView;
  showEnterprise: boolean;
  canClose: boolean;
  /** The steward: follows up, records a plan, calls a plan off. */
  canFollowUp: boolean;
  actions: ReturnType<typeof useResearchActions>;
}

const STATUS = { planned: ['计划中', 'waiting'], cancelled: ['已取消', 'muted'] } as const;

/** A research visit (or a plan for one): who comes and why, the plan, the follow-up owed, every promise. */
export function VisitCard({ visit, showEnterprise, canClose, canFollowUp, actions }: VisitCardProps) {
  const chip = visit.status === 'recorded' ? null : STATUS[visit.status];
  return (
    <Card className={`research-visit research-visit--${visit.status}${visit.openPromises ? ' research-visit--open' : ''}`}>
      {showEnterprise ? <View className='research-visit__enterprise'>{visit.enterpriseName}</View> : null}
      <RecordHead title={visit.leaders} align='baseline'>
        {chip ? (
          <Chip tone={chip[1]} className='research-visit__status'>
            {chip[0]}
          </Chip>
        ) : null}
        <Text className='research-visit__date text-meta'>{visit.status === 'planned' ? `计划 ${visit.date}` : visit.date}</Text>
      </RecordHead>
      <View className='research-visit__line text-meta'>
        {[visit.stewardAccompanies ? '管家陪同' : '管家不陪同', visit.accompanying ? `陪同：${visit.accompanying}` : ''].filter(Boolean).join('　')}
      </View>
      <View className='research-visit__topics text-body'>{visit.topics}</View>
      {visit.planFiles.length ? (
        <View className='research-visit__plan'>
          <View className='research-visit__promises-title'>调研方案</View>
          <AttachmentGallery attachments={visit.planFiles} />
        </View>
      ) : null}
      {visit.status === 'planned' ? <PlanActions visit={visit} canAct={canFollowUp} actions={actions} /> : null}
      {visit.status === 'cancelled' ? <View className='research-visit__line text-meta'>{`取消原因：${visit.cancelReason ?? ''}`}</View> : null}
      {visit.status === 'recorded' ? <RecordedPart visit={visit} canClose={canClose} canFollowUp={canFollowUp} actions={actions} /> : null}
    </Card>
  );
}

/** A plan: after the visit the steward records it (the plan becomes the record), or calls it off. */
function PlanActions({ visit, canAct, actions }: { visit: ResearchVisitView; canAct: boolean; actions: VisitCardProps['actions'] }) {
  const cancelTask = { kind: 'cancel' as const, visitId: visit.id };
  if (!canAct) return null;
  if (actions.isOpen(cancelTask)) return <InlineForm actions={actions} name='cancel-plan' placeholder='取消原因，如：领导行程调整，另行安排' submitLabel='取消计划' />;
  return (
    <View className='list-item__actions'>
      <Text className='row-action record-plan-link' onClick={() => void Taro.navigateTo({ url: researchNewUrl(visit.enterpriseId, visit.enterpriseName, visit.id) })}>
        记录调研情况
      </Text>
      <Text className='row-action row-action--danger cancel-plan-link' onClick={() => actions.open(cancelTask)}>
        取消计划
      </Text>
    </View>
  );
}

function RecordedPart({ visit, canClose, canFollowUp, actions }: Omit<VisitCardProps, 'showEnterprise'>) {
  const followUpLate = !visit.followUpAt && !!visit.followUpDueAt && Date.parse(visit.followUpDueAt) < Date.now();
  const followUpTask = { kind: 'followUp' as const, visitId: visit.id };
  return (
    <>
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
    </>
  );
}
