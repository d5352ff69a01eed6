import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import { StewardContact } from '@/components/org/steward-contact';
import { useAsyncData } from '@/hooks/use-async-data';
import { usePagedList } from '@/hooks/use-paged-list';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { useSession } from '@/hooks/use-session';
import type { ContactView } from '@/core/org/org.model';
import { CloudError } from '@/services/cloud-error';
import { listContacts, listEnterpriseContacts } from '@/services/contact.service';
import { canCorrect } from '@/utils/contact-correction';
import { ContactRecords } from './contact-records';
import { ContactsSection } from './contacts-section';
import { EnterpriseFacts } from './enterprise-facts';
import { ProfileActions } from './profile-actions';
import { ProfileSections } from './profile-sections';
import { useProfile } from './use-profile';
import './index.scss';

const FINAL_ERRORS: Record<string, string> = { NOT_FOUND: '企业不存在', FORBIDDEN: '无权查看此企业' };
const missingId = () => Promise.reject(new CloudError('NOT_FOUND', '链接中缺少企业编号，请从列表重新进入'));

/**
 * One enterprise as its steward, liaison, unit or the district sees it: facts and cadence with the
 * enterprise's preferences, steward, contacts, the latest demands, reports, research visits and
 * promotions, and the contact history (own records correctable for 24 hours).
 */
export default function EnterpriseProfilePage() {
  const id = useRouter().params.id ?? '';
  const { session } = useSession();
  const user = session.status === 'ready' ? session.user : null;
  const role = user?.role;
  const profile = useProfile(id);
  const contacts = useAsyncData(() => (id ? listEnterpriseContacts(id) : missingId()), id);
  const records = usePagedList({
    fetchPage: (page, pageSize) => listContacts({ enterpriseId: id, page, pageSize }),
    keyOf: (record) => record.id,
    resetKey: id,
  });

  // Back from recording a contact, a report or issuing a code: show what changed.
  useReloadOnShow(() => {
    void profile.refresh();
    void records.refresh();
    void contacts.reload();
  });
  usePullDownRefresh(async () => {
    await Promise.all([profile.refresh(), contacts.reload(), records.refresh()]);
    Taro.stopPullDownRefresh();
  });
  useReachBottom(() => void records.loadMore());

  const canCorrectRecord = (record: ContactView) => canCorrect(record, user);
  return (
    <AsyncView state={profile.state} onRetry={() => void profile.reload()} finalErrors={FINAL_ERRORS}>
      {(loaded) => (
        <View className='page-root enterprise-profile'>
          <EnterpriseFacts enterprise={loaded.enterprise} cadence={loaded.cadence} canEditCadence={role === 'unit_admin'} />
          <Card className='profile-steward' title='服务管家'>
            <StewardContact name={loaded.enterprise.stewardName} phone={loaded.enterprise.stewardPhone} />
          </Card>
          <ContactsSection
            enterpriseId={loaded.enterprise.id}
            enterpriseName={loaded.enterprise.name}
            canManage={role === 'steward'}
            state={contacts.state}
            reload={contacts.reload}
          />
          {loaded.enterprise.status === 'active' ? <ProfileActions role={role} id={loaded.enterprise.id} name={loaded.enterprise.name} /> : null}
          <ProfileSections profile={loaded} />
          <ContactRecords list={records} correctable={canCorrectRecord} />
        </View>
      )}
    </AsyncView>
  );
}
