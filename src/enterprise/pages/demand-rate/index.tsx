import { Button, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { DemandBrief } from '@/components/demand/demand-brief';
import { StepPage } from '@/components/demand/step-page';
import { FormField } from '@/components/form-field';
import type { DemandDetail } from '@/core/demand/demand.model';
import { RESOLUTION_ANSWERS, SATISFACTION_LEVELS } from '@/core/demand/satisfaction';
import { COMMENT_MAX, useDemandRate } from '@/hooks/use-demand-rate';
import './index.scss';

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
          <View className='step-choice-grid'>
            {RESOLUTION_ANSWERS.map((answer) => (
              <View key={answer} className={`step-choice resolved-option${form.resolved === answer ? ' step-choice--active' : ''}`} onClick={() => form.setResolved(answer)}>
                {answer}
              </View>
            ))}
          </View>
        </FormField>
        <FormField label='您对办理结果满意吗？' name='satisfaction' required error={form.errors.satisfaction}>
          <View className='satisfaction-scale'>
            {SATISFACTION_LEVELS.map((level, index) => (
              <View
                key={level}
                className={`satisfaction-option satisfaction-option--${index}${form.satisfaction === level ? ' satisfaction-option--active' : ''}`}
                onClick={() => form.setSatisfaction(level)}
              >
                {level}
              </View>
            ))}
          </View>
        </FormField>
        <FormField label='评价说明（选填）' name='comment' error={form.errors.comment}>
          <Textarea className='rate-comment step-textarea' value={form.comment} maxlength={COMMENT_MAX} placeholder='说说办理中好的地方或需要改进的地方' placeholderClass='input-placeholder' onInput={(e) => form.setComment(e.detail.value)} />
        </FormField>
      </Card>
      <View className={`step-page__notice rate-explain${form.bad ? ' rate-explain--bad' : ''}`}>
        {form.firstRating
          ? '选择“不满意”“非常不满意”或“未解决”时，服务管家将在 1 个工作日内回访，承办部门在 15 个工作日内整改；整改后您可以再评价一次。'
          : '这是整改后的再次评价，提交后诉求将关闭。'}
      </View>
      {form.formError ? <View className='step-page__error form-error'>{form.formError}</View> : null}
      <View className='step-page__actions'>
        <Button className={`primary-button submit-button${form.busy ? ' is-disabled' : ''}`} onClick={() => void form.submit()}>
          {form.busy ? '提交中…' : '提交评价'}
        </Button>
      </View>
    </View>
  );
}
