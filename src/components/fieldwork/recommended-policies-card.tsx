import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { useAsyncData } from '@/hooks/use-async-data';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { listPolicies } from '@/services/policy.service';
import { ENTERPRISE_CONTACTS_URL, ENTERPRISE_POLICIES_URL, ENTERPRISE_PREFERENCES_URL } from '@/utils/fieldwork-urls';
import { PolicyItem } from './policy-item';

const SHOWN = 3;
const go = (url: string) => () => void Taro.navigateTo({ url });

/** On the enterprise's home: the policies in force that match it, newest first. */
export function RecommendedPoliciesCard() {
  const { state, reload } = useAsyncData(() => listPolicies({ page: 1, pageSize: SHOWN }), 'recommended-policies');
  useReloadOnShow(reload);
  const title = (
    <View className='card-head'>
      <Text>为您推荐的政策</Text>
      <Text className='card-head__link link' onClick={go(ENTERPRISE_POLICIES_URL)}>
        全部
      </Text>
    </View>
  );
  return (
    <Card className='recommended-policies' title={title}>
      {state.status === 'loading' ? <Text className='home-entry__hint'>加载中…</Text> : null}
      {state.status === 'error' ? (
        <Text className='home-entry__hint home-error' onClick={() => void reload()}>
          {`${state.error.message}，点击重试`}
        </Text>
      ) : null}
      {state.status === 'ready' && state.data.items.length === 0 ? <Text className='home-entry__hint'>暂无与贵企业匹配的政策</Text> : null}
      {state.status === 'ready'
        ? state.data.items.map((policy) => (
            <View key={policy.id} className='recommended-policy' onClick={go(ENTERPRISE_POLICIES_URL)}>
              <PolicyItem policy={policy} brief />
            </View>
          ))
        : null}
    </Card>
  );
}

/** The enterprise's say in how it is contacted, and its record of every contact. */
export function EnterpriseContactEntries() {
  return (
    <Card className='enterprise-contact-entries' title='政企联系'>
      <View className='entry-grid'>
        <View className='entry-grid__item preferences-entry' onClick={go(ENTERPRISE_PREFERENCES_URL)}>
          <Text className='entry-grid__label'>联系偏好</Text>
          <Text className='entry-grid__hint'>方式与免打扰时段</Text>
        </View>
        <View className='entry-grid__item contacts-entry' onClick={go(ENTERPRISE_CONTACTS_URL)}>
          <Text className='entry-grid__label'>联系记录</Text>
          <Text className='entry-grid__hint'>与政府的每次联系</Text>
        </View>
      </View>
    </Card>
  );
}
