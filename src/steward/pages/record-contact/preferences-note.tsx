import { Text, View } from '@tarojs/components';
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
  if (state.status === 'error') return <View className='preferences-note preferences-note--muted'>暂时无法读取企业的联系偏好</View>;
  const hint = preferencesHint(state.data?.preferences);
  if (!hint) return <View className='preferences-note preferences-note--muted'>企业未设置联系偏好</View>;
  return (
    <View className='preferences-note'>
      <Text className='preferences-note__label'>无事不扰</Text>
      <Text className='preferences-note__hint'>{hint}</Text>
    </View>
  );
}
