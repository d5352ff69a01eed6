import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { ChoiceBlocks } from '@/components/choice-blocks';
import { DemandBrief } from '@/components/demand/demand-brief';
import { StepPage } from '@/components/demand/step-page';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { Notice } from '@/components/notice';
import { TextField } from '@/components/text-field';
import type { DemandDetail } from '@/core/demand/demand.model';
import { RESOLUTION_ANSWERS, SATISFACTION_LEVELS } from '@/core/demand/satisfaction';
import { COMMENT_MAX, useDemandRate } from '@/hooks/use-demand-rate';
import { classNames } from '@/utils/class-names';
import './index.scss';

const ANSWERS = RESOLUTION_ANSWERS.map((answer) => ({ value: answer, label: answer }));
// The last two levels are a bad rating: they turn red, and bring a call-back and rectification.
const LEVELS = SATISFACTION_LEVELS.map((level, index) => ({ value: level, label: level, tone: index >= 3 ? ('danger' as const) : ('ok' as const) }));

/** The enterprise rates a resolved demand: was it resolved, how satisfied, and a comment if wished. */
export default function DemandRatePage() {
  const id = useRouter().params.id ?? '';
  return <StepPage id={id} step='rate' render={(demand, refresh) => <RateForm demand={demand} refresh={refresh} />} />;
}

function RateForm({ demand, refresh }: { demand: DemandDetail; refresh: () => unknown }) {
  const form = useDemandRate(demand, refresh);
  return (
    <View className='page-root demand-rate'>
      <DemandBrief demand={demand} showDescription={false} />
      {demand.resolution ? (
        <Card title='办理结果'>
          <Text className='rate-resolution'>{demand.resolution}</Text>
        </Card>
      ) : null}
      <Card>
        <FormField label='您的诉求解决了吗？' name='resolved' required error={form.errors.resolved}>
          <ChoiceBlocks name='resolved' options={ANSWERS} value={form.resolved} onChange={form.setResolved} />
        </FormField>
        <FormField label='您对办理结果满意吗？' name='satisfaction' required error={form.errors.satisfaction}>
          <ChoiceBlocks name='satisfaction' stacked options={LEVELS} value={form.satisfaction} onChange={form.setSatisfaction} />
        </FormField>
        <TextField label='评价说明（选填）' name='comment' inputClassName='rate-comment' multiline filled error={form.errors.comment} value={form.comment} maxLength={COMMENT_MAX} placeholder='说说办理中好的地方或需要改进的地方' onChange={form.setComment} />
      </Card>
      <Notice tone={form.bad ? 'error' : 'warning'} className={classNames('rate-explain', form.bad && 'rate-explain--bad')}>
        {form.firstRating
          ? '选择“不满意”“非常不满意”或“未解决”时，服务管家将在 1 个工作日内回访，承办部门在 15 个工作日内整改；整改后您可以再评价一次。'
          : '这是整改后的再次评价，提交后诉求将关闭。'}
      </Notice>
      <FormActions error={form.formError} busy={form.busy} label='提交评价' onSubmit={() => void form.submit()} />
    </View>
  );
}
