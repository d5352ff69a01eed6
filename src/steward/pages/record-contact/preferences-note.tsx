import { Text } from '@tarojs/components';
import { Notice } from '@/components/notice';
import { useAsyncData } from '@/hooks/use-async-data';
import { getEnterprise } from '@/services/enterprise.service';
import { preferencesHint } from '@/utils/preferences-hint';

/**
 * 无事不扰: before contacting, the steward sees how and when the enterprise prefers to be
 * contacted. Says nothing while loading or when the enterprise set no preferences.
 */
export function PreferencesNote({ enterpriseId }: { enterpriseId: string }) {
  const { state } = useAsyncData(() => (enterpriseId ? getEnterprise(enterpriseId) : Promise.resolve(null)), enterpriseId);
  if (!enterpriseId || state.status === 'loading') return null;
  const hint = state.status === 'ready' ? preferencesHint(state.data?.preferences) : '';
  if (!hint) {
    return (
      <Notice tone='plain' compact className='preferences-note preferences-note--muted'>
        {state.status === 'error' ? '暂时无法读取企业的联系偏好' : '企业未设置联系偏好'}
      </Notice>
    );
  }
  return (
    <Notice compact className='preferences-note'>
      <Text className='preferences-note__label'>无事不扰</Text>
      <Text className='preferences-note__hint'>{hint}</Text>
    </Notice>
  );
}
