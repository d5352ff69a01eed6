import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { FactLine } from '@/components/fact-line';
import { Notice } from '@/components/notice';
import { TimelineEntry } from '@/components/timeline';
import { openRectificationSteps } from '@/core/rectification/rectification.machine';
import type { RectificationDetail } from '@/core/rectification/rectification.model';
import { formatDateTime } from '@/utils/format-time';
import { useRectification } from '../../hooks/use-rectification';
import { useRole } from '../../hooks/use-role';
import { MeasureEditor } from './measure-editor';
import { MeasureList } from './measure-list';
import { ReviewCard } from './review-card';

function Head({ plan }: { plan: RectificationDetail }) {
  return (
    <Card className='rectification-head'>
      <View className='text-title'>{plan.source.title}</View>
      <View>
        {plan.overdue ? <Chip tone='danger'>已逾期</Chip> : null}
        <Chip tone={plan.status === 'completed' ? 'ok' : 'waiting'} className='rectification-status'>
          {plan.statusLabel}
        </Chip>
      </View>
      <FactLine label='单位' value={plan.unitName} />
      <FactLine label='来由' value={plan.sourceLabel} />
      <FactLine label='方案期限' value={`${formatDateTime(plan.dueAt)} 前提交`} />
      {plan.status === 'returned' && plan.returnReason ? (
        <Notice tone='error' className='return-reason'>
          退回理由：{plan.returnReason}
        </Notice>
      ) : null}
    </Card>
  );
}

/** One rectification plan: the unit drafts and reports it, the district reviews it; its history below. */
export default function RectificationPage() {
  const { id = '' } = useRouter().params;
  const plan = useRectification(id);
  const role = useRole();
  return (
    <AsyncView state={plan.plan.state} onRetry={() => void plan.plan.reload()} finalErrors={{ NOT_FOUND: '整改方案不存在', FORBIDDEN: '这份整改方案不属于本单位' }}>
      {(loaded) => {
        const shown = plan.shown ?? loaded;
        const steps = openRectificationSteps(shown.status, role);
        return (
          <View className='page-root rectification-page'>
            <Head plan={shown} />
            {steps.includes('submit') ? <MeasureEditor plan={plan} /> : <MeasureList plan={plan} measures={shown.measureList} canReport={steps.includes('reportMeasure')} />}
            {steps.includes('accept') ? <ReviewCard plan={plan} /> : null}
            <Card className='rectification-history' title='办理经过'>
              {shown.history.map((h) => (
                <TimelineEntry key={h.at + h.text}>
                  <View className='text-meta'>
                    {formatDateTime(h.at)} {h.byName}
                  </View>
                  <View className='text-body'>{h.text}</View>
                </TimelineEntry>
              ))}
            </Card>
          </View>
        );
      }}
    </AsyncView>
  );
}
