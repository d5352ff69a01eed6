import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AsyncCard } from '@/components/async-card';
import { Card } from '@/components/card';
import { EntryGrid } from '@/components/entry-grid';
import { useAsyncData } from '@/hooks/use-async-data';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { listPolicies } from '@/services/policy.service';
import { ENTERPRISE_CONTACTS_URL, ENTERPRISE_POLICIES_URL, ENTERPRISE_PREFERENCES_URL } from '@/utils/fieldwork-urls';
import { INTEGRITY_MINE_URL } from '@/utils/training-urls';
import { PolicyItem } from './policy-item';

const SHOWN = 3;
const go = (url: string) => () => void Taro.navigateTo({ url });

/** On the enterprise's home: the policies in force that match it, newest first. */
export function RecommendedPoliciesCard() {
  const { state, reload } = useAsyncData(() => listPolicies({ page: 1, pageSize: SHOWN }), 'recommended-policies');
  useReloadOnShow(reload);
  return (
    <AsyncCard
      className='recommended-policies'
      title='为您推荐的政策'
      link={{ label: '全部', onClick: go(ENTERPRISE_POLICIES_URL) }}
      state={state}
      onRetry={() => void reload()}
      isEmpty={(data) => data.items.length === 0}
      emptyText='暂无与贵企业匹配的政策'
    >
      {(data) =>
        data.items.map((policy) => (
          <View key={policy.id} className='recommended-policy' onClick={go(ENTERPRISE_POLICIES_URL)}>
            <PolicyItem policy={policy} brief />
          </View>
        ))
      }
    </AsyncCard>
  );
}

/** The enterprise's say in how it is contacted, and its record of every contact. */
export function EnterpriseContactEntries() {
  return (
    <Card className='enterprise-contact-entries' title='政企联系'>
      <EntryGrid
        entries={[
          { key: 'preferences', label: '联系偏好', hint: '方式与免打扰时段', className: 'preferences-entry', onClick: go(ENTERPRISE_PREFERENCES_URL) },
          { key: 'contacts', label: '联系记录', hint: '与政府的每次联系', className: 'contacts-entry', onClick: go(ENTERPRISE_CONTACTS_URL) },
          // Discreet on purpose: the steward may be looking over the contact's shoulder.
          { key: 'integrity', label: '廉洁监督', hint: '向区科经委反映问题', className: 'integrity-entry', onClick: go(INTEGRITY_MINE_URL) },
        ]}
      />
    </Card>
  );
}
