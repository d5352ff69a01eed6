import { View } from '@tarojs/components';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { ChoiceChips } from '@/components/chip';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { TextField } from '@/components/text-field';
import type { EnterpriseView } from '@/core/org/org.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { useSession } from '@/hooks/use-session';
import { getEnterprise } from '@/services/enterprise.service';
import { CHANNELS, TEXT_MAX, usePreferencesForm } from '../../hooks/use-preferences-form';

/** The enterprise tells its steward how and when to contact it; the steward sees this before every contact. */
export default function PreferencesPage() {
  const { session } = useSession();
  const enterpriseId = session.status === 'ready' ? session.user?.enterpriseId ?? '' : '';
  const { state, reload } = useAsyncData(() => (enterpriseId ? getEnterprise(enterpriseId) : new Promise<never>(() => undefined)), enterpriseId);
  return (
    <AsyncView state={state} onRetry={() => void reload()}>
      {(enterprise) => <PreferencesForm preferences={enterprise.preferences} />}
    </AsyncView>
  );
}

function PreferencesForm({ preferences }: { preferences: EnterpriseView['preferences'] }) {
  const form = usePreferencesForm(preferences, true);
  return (
    <View className='page-root preferences-page'>
      <View className='page-note'>无事不扰：告诉服务管家您方便的联系方式和不希望被打扰的时段。管家联系、走访前会先看到这些偏好。</View>
      <Card>
        <FormField label='希望的联系方式（可多选）' name='channels' required error={form.errors.channels}>
          <ChoiceChips className='channel-chips' chipClassName='channel-chip' options={CHANNELS} value={form.channels} onChange={form.toggle} />
        </FormField>
        <TextField
          label='免打扰时段'
          name='quietPeriods'
          inputClassName='quiet-input'
          error={form.errors.quietPeriods}
          value={form.quietPeriods}
          maxLength={TEXT_MAX}
          placeholder='选填，如：每月最后一周、工作日12:00-13:30'
          onChange={form.setQuietPeriods}
        />
        <TextField label='其他说明' name='note' inputClassName='preferences-note-input' multiline error={form.errors.note} value={form.note} maxLength={TEXT_MAX} placeholder='选填，如：上门前请提前一天微信预约' onChange={form.setNote} />
      </Card>
      <FormActions error={form.formError} busy={form.submitting} busyLabel='保存中…' label='保存' onSubmit={() => void form.submit()} />
    </View>
  );
}
