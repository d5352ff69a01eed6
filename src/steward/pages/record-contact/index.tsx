import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { FormField } from '@/components/form-field';
import { useRecordContact } from '@/hooks/use-record-contact';
import { CONTACT_TYPES, LIMITS, NEXT_STEP_MAX, ON_SITE } from '@/utils/contact-form.rules';
import { paramText } from '@/utils/org-urls';
import { CheckInField } from './check-in-field';
import { EnterpriseChoice } from './enterprise-choice';
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
        <FormField label='企业' name='enterpriseId' required error={errors.enterpriseId}>
          {fixedEnterpriseId ? (
            <Text className='record-contact__enterprise'>{enterpriseName || '当前企业'}</Text>
          ) : (
            <EnterpriseChoice value={draft.enterpriseId} onChange={(enterpriseId) => change({ enterpriseId })} />
          )}
          <PreferencesNote enterpriseId={draft.enterpriseId} />
        </FormField>
        <FormField label='联系方式' name='type' required error={errors.type}>
          <View className='choice-chips'>
            {CONTACT_TYPES.map((type) => (
              <View
                key={type}
                className={`choice-chip contact-type${draft.type === type ? ' choice-chip--active' : ''}`}
                onClick={() => change({ type })}
              >
                {type}
              </View>
            ))}
          </View>
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
        <FormField label='联系对象' name='who' required error={errors.who}>
          <Input
            className='who-input'
            value={draft.who}
            maxlength={LIMITS.who.max}
            placeholderClass='input-placeholder'
            placeholder='如：张经理（总经理）'
            onInput={(e) => change({ who: e.detail.value })}
          />
        </FormField>
        <FormField label='沟通内容' name='topics' required error={errors.topics}>
          <Textarea
            className='long-input topics-input'
            value={draft.topics}
            maxlength={LIMITS.topics.max}
            placeholderClass='input-placeholder'
            placeholder='谈了哪些事项（至少 4 个字）'
            onInput={(e) => change({ topics: e.detail.value })}
          />
        </FormField>
        <FormField label='联系成效' name='outcome' required error={errors.outcome}>
          <Textarea
            className='long-input outcome-input'
            value={draft.outcome}
            maxlength={LIMITS.outcome.max}
            placeholderClass='input-placeholder'
            placeholder='解决了什么、企业有何反馈'
            onInput={(e) => change({ outcome: e.detail.value })}
          />
        </FormField>
        <FormField label='下一步安排' name='nextStep' error={errors.nextStep}>
          <Textarea
            className='long-input next-step-input'
            value={draft.nextStep}
            maxlength={NEXT_STEP_MAX}
            placeholderClass='input-placeholder'
            placeholder='选填，如：下周协调区税务局上门辅导'
            onInput={(e) => change({ nextStep: e.detail.value })}
          />
        </FormField>
      </Card>
      {draft.type === ON_SITE ? (
        <Card className='visit-evidence' title='走访凭证'>
          <View className='visit-evidence__hint'>先记清走访内容；打卡和照片是到访的凭证，不能代替内容。</View>
          <CheckInField location={location} error={errors.checkIn} />
          <PhotoField photos={photos} />
        </Card>
      ) : null}
      {formError ? <View className='form-error'>{formError}</View> : null}
      <View className='form-actions'>
        <Button
          className={`primary-button submit-button${submitting ? ' is-disabled' : ''}`}
          {...(submitting ? { disabled: true } : {})}
          onClick={() => void submit()}
        >
          {submitting ? '保存中…' : '保存记录'}
        </Button>
      </View>
    </View>
  );
}
