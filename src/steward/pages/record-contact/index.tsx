import { Picker, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { ChoiceChips } from '@/components/chip';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { EnterpriseField } from '@/components/org/enterprise-field';
import { TextField } from '@/components/text-field';
import { useRecordContact } from '@/hooks/use-record-contact';
import { CONTACT_TYPES, LIMITS, NEXT_STEP_MAX, ON_SITE } from '@/utils/contact-form.rules';
import { paramText } from '@/utils/org-urls';
import { CheckInField } from './check-in-field';
import { PhotoField } from './photo-field';
import { PreferencesNote } from './preferences-note';
import './index.scss';

/**
 * A steward or liaison records a contact; it counts only with who, what and the outcome. The
 * enterprise's preferences come first; an on-site visit adds its check-in and photos as evidence.
 */
export default function RecordContactPage() {
  const params = useRouter().params;
  const fixedEnterpriseId = params.enterpriseId ?? '';
  const enterpriseName = paramText(params.name);
  const { draft, change, errors, formError, submitting, submit, location, photos } = useRecordContact(fixedEnterpriseId);

  return (
    <View className='page-root record-contact'>
      <Card>
        <EnterpriseField
          fixedName={fixedEnterpriseId ? enterpriseName : undefined}
          value={draft.enterpriseId}
          onChange={(enterpriseId) => change({ enterpriseId })}
          error={errors.enterpriseId}
        >
          <PreferencesNote enterpriseId={draft.enterpriseId} />
        </EnterpriseField>
        <FormField label='联系方式' name='type' required error={errors.type}>
          <ChoiceChips chipClassName='contact-type' options={CONTACT_TYPES} value={draft.type} onChange={(type) => change({ type })} />
        </FormField>
        <FormField label='联系时间' name='at' required error={errors.at}>
          <View className='when'>
            <Picker mode='date' value={draft.date} onChange={(e) => change({ date: String(e.detail.value) })}>
              <View className='when__part contact-date'>{draft.date}</View>
            </Picker>
            <Picker mode='time' value={draft.time} onChange={(e) => change({ time: String(e.detail.value) })}>
              <View className='when__part contact-time'>{draft.time}</View>
            </Picker>
          </View>
        </FormField>
        <TextField label='联系对象' name='who' required error={errors.who} value={draft.who} maxLength={LIMITS.who.max} placeholder='如：张经理（总经理）' onChange={(who) => change({ who })} />
        <TextField label='沟通内容' name='topics' required multiline error={errors.topics} value={draft.topics} maxLength={LIMITS.topics.max} placeholder='谈了哪些事项（至少 4 个字）' onChange={(topics) => change({ topics })} />
        <TextField label='联系成效' name='outcome' required multiline error={errors.outcome} value={draft.outcome} maxLength={LIMITS.outcome.max} placeholder='解决了什么、企业有何反馈' onChange={(outcome) => change({ outcome })} />
        <TextField
          label='下一步安排'
          name='nextStep'
          inputClassName='next-step-input'
          multiline
          error={errors.nextStep}
          value={draft.nextStep}
          maxLength={NEXT_STEP_MAX}
          placeholder='选填，如：下周协调区税务局上门辅导'
          onChange={(nextStep) => change({ nextStep })}
        />
      </Card>
      {draft.type === ON_SITE ? (
        <Card className='visit-evidence' title='走访凭证'>
          <View className='visit-evidence__hint text-hint'>先记清走访内容；打卡和照片是到访的凭证，不能代替内容。</View>
          <CheckInField location={location} error={errors.checkIn} />
          <PhotoField photos={photos} />
        </Card>
      ) : null}
      <FormActions error={formError} busy={submitting} busyLabel='保存中…' label='保存记录' onSubmit={() => void submit()} />
    </View>
  );
}
