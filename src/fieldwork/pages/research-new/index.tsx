import { Button, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { DatePicker } from '@/components/date-picker';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { TextField } from '@/components/text-field';
import { paramText } from '@/utils/org-urls';
import { shanghaiNow } from '@/utils/shanghai-clock';
import { EnterpriseField } from '@/components/org/enterprise-field';
import { AccompanyChoice } from '@/components/fieldwork/accompany-choice';
import { useResearchForm } from '../../hooks/use-research-form';
import { MAX_PROMISES } from '../../research-form.rules';
import { PromiseEditor } from './promise-editor';
import './index.scss';

/** A steward records a city or district leader's research visit (art. 5.1) and the promises made. */
export default function ResearchNewPage() {
  const params = useRouter().params;
  const fixedId = params.enterpriseId ?? '';
  const form = useResearchForm(fixedId, params.planId || undefined);
  const { draft, errors, change } = form;

  return (
    <View className='page-root research-new-page'>
      <Card>
        <EnterpriseField fixedName={fixedId ? paramText(params.name) : undefined} value={draft.enterpriseId} onChange={(enterpriseId) => change({ enterpriseId })} error={errors.enterpriseId} />
        <FormField label='调研日期' name='date' required error={errors.date}>
          <DatePicker className='research-date-picker' value={draft.date} end={shanghaiNow().date} placeholder='请选择调研日期' onChange={(date) => change({ date })} />
        </FormField>
        <TextField label='调研领导' name='leaders' required error={errors.leaders} value={draft.leaders} maxLength={200} placeholder='如：副区长 张某某' onChange={(leaders) => change({ leaders })} />
        <AccompanyChoice value={draft.stewardAccompanies} onChange={(stewardAccompanies) => change({ stewardAccompanies })} />
        <TextField label='其他陪同人员' name='accompanying' error={errors.accompanying} value={draft.accompanying} maxLength={200} placeholder='选填，如：区科经委、陆家嘴管理局' onChange={(accompanying) => change({ accompanying })} />
        <TextField label='调研内容' name='topics' required multiline error={errors.topics} value={draft.topics} maxLength={1000} placeholder='领导关心的问题、企业反映的情况（至少 4 个字）' onChange={(topics) => change({ topics })} />
      </Card>
      <Card className='promises-card' title='承诺事项'>
        <View className='promises-card__hint text-hint'>调研中答应企业的事项逐项记下，管家跟踪到办结；10 个工作日内回访企业。</View>
        <PromiseEditor promises={draft.promises} errors={form.promiseErrors} onChange={form.changePromise} onRemove={form.removePromise} />
        {draft.promises.length < MAX_PROMISES ? (
          <Button className='plain-button add-promise-button' size='mini' onClick={form.addPromise}>
            ＋ 添加承诺事项
          </Button>
        ) : null}
      </Card>
      {draft.planId ? <View className='page-note plan-note'>按调研计划记录：保存后计划转为调研记录，调研方案随之保留。</View> : null}
      <FormActions error={form.formError} busy={form.submitting} busyLabel='保存中…' label='保存调研记录' onSubmit={() => void form.submit()} />
    </View>
  );
}
