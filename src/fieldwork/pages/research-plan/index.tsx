import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { DatePicker } from '@/components/date-picker';
import { AttachmentEditor } from '@/components/demand/attachment-editor';
import { AccompanyChoice } from '@/components/fieldwork/accompany-choice';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { EnterpriseField } from '@/components/org/enterprise-field';
import { TextField } from '@/components/text-field';
import { PLAN_TOPICS, RESEARCH_TEXT } from '@/core/contracts/fieldwork.fields';
import { paramText } from '@/utils/org-urls';
import { shanghaiNow } from '@/utils/shanghai-clock';
import { useResearchPlanForm } from '../../hooks/use-research-plan-form';

/** A steward enters a leader's research visit ahead, with its plan (调研方案); after the visit the plan becomes the record. */
export default function ResearchPlanPage() {
  const params = useRouter().params;
  const fixedId = params.enterpriseId ?? '';
  const form = useResearchPlanForm(fixedId);
  const { draft, errors, change } = form;
  return (
    <View className='page-root research-plan-page'>
      <Card>
        <EnterpriseField fixedName={fixedId ? paramText(params.name) : undefined} value={draft.enterpriseId} onChange={(enterpriseId) => change({ enterpriseId })} error={errors.enterpriseId} />
        <FormField label='计划调研日期' name='date' required error={errors.date}>
          <DatePicker className='plan-date-picker' value={draft.date} start={shanghaiNow().date} placeholder='请选择计划日期' onChange={(date) => change({ date })} />
        </FormField>
        <TextField label='调研领导' name='leaders' required error={errors.leaders} value={draft.leaders} maxLength={RESEARCH_TEXT.leaders.max} placeholder='如：副区长 张某某' onChange={(leaders) => change({ leaders })} />
        <AccompanyChoice value={draft.stewardAccompanies} onChange={(stewardAccompanies) => change({ stewardAccompanies })} />
        <TextField label='其他陪同人员' name='accompanying' error={errors.accompanying} value={draft.accompanying} maxLength={RESEARCH_TEXT.accompanying.max} placeholder='选填，如：区科经委、陆家嘴管理局' onChange={(accompanying) => change({ accompanying })} />
        <TextField label='调研主题' name='topics' required multiline error={errors.topics} value={draft.topics} maxLength={PLAN_TOPICS.max} placeholder='调研要了解的问题、企业拟汇报的事项（至少 4 个字）' onChange={(topics) => change({ topics })} />
        <FormField label='调研方案（选填，PDF 或图片）' name='planFiles' error={errors.planFiles ?? form.files.refusal}>
          <AttachmentEditor attachments={form.files} />
        </FormField>
      </Card>
      <View className='page-note'>调研结束后，在“领导调研”中点“记录调研情况”，计划即转为调研记录，方案随之保留；10 个工作日内回访企业，承诺事项到期前会提醒。</View>
      <FormActions error={form.formError} busy={form.submitting} busyLabel='保存中…' label='保存调研计划' onSubmit={() => void form.submit()} />
    </View>
  );
}
