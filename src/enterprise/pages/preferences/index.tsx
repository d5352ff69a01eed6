import { Button, Input, Textarea, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { ErrorState } from '@/components/error-state';
import { FormField } from '@/components/form-field';
import { LoadingState } from '@/components/loading-state';
import { useAsyncData } from '@/hooks/use-async-data';
import { useSession } from '@/hooks/use-session';
import { getEnterprise } from '@/services/enterprise.service';
import { CHANNELS, TEXT_MAX, usePreferencesForm } from '../../hooks/use-preferences-form';
import '../../enterprise-pages.scss';

/** The enterprise tells its steward how and when to contact it; the steward sees this before every contact. */
export default function PreferencesPage() {
  const { session } = useSession();
  const enterpriseId = session.status === 'ready' ? session.user?.enterpriseId ?? '' : '';
  const { state, reload } = useAsyncData(() => (enterpriseId ? getEnterprise(enterpriseId) : new Promise<never>(() => undefined)), enterpriseId);
  const form = usePreferencesForm(state.status === 'ready' ? state.data.preferences : undefined, state.status === 'ready');

  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') return <ErrorState message={state.error.message} onRetry={() => void reload()} />;
  return (
    <View className='page-root enterprise-page preferences-page'>
      <View className='ep-note'>无事不扰：告诉服务管家您方便的联系方式和不希望被打扰的时段。管家联系、走访前会先看到这些偏好。</View>
      <Card>
        <FormField label='希望的联系方式（可多选）' name='channels' required error={form.errors.channels}>
          <View className='ep-chips channel-chips'>
            {CHANNELS.map((channel) => (
              <View key={channel} className={`ep-chip channel-chip${form.channels.includes(channel) ? ' ep-chip--active' : ''}`} onClick={() => form.toggle(channel)}>
                {channel}
              </View>
            ))}
          </View>
        </FormField>
        <FormField label='免打扰时段' name='quietPeriods' error={form.errors.quietPeriods}>
          <Input
            className='ep-input quiet-input'
            value={form.quietPeriods}
            maxlength={TEXT_MAX}
            placeholderClass='input-placeholder'
            placeholder='选填，如：每月最后一周、工作日12:00-13:30'
            onInput={(e) => form.setQuietPeriods(e.detail.value)}
          />
        </FormField>
        <FormField label='其他说明' name='note' error={form.errors.note}>
          <Textarea
            className='ep-textarea preferences-note-input'
            value={form.note}
            maxlength={TEXT_MAX}
            placeholderClass='input-placeholder'
            placeholder='选填，如：上门前请提前一天微信预约'
            onInput={(e) => form.setNote(e.detail.value)}
          />
        </FormField>
      </Card>
      {form.formError ? <View className='form-error'>{form.formError}</View> : null}
      <View className='form-actions'>
        <Button className={`primary-button submit-button${form.submitting ? ' is-disabled' : ''}`} onClick={() => void form.submit()}>
          {form.submitting ? '保存中…' : '保存'}
        </Button>
      </View>
    </View>
  );
}
