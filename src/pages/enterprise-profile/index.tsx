import { Button, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { StewardContact } from '@/components/org/steward-contact';
import { useAsyncData } from '@/hooks/use-async-data';
import { usePagedList } from '@/hooks/use-paged-list';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { useSession } from '@/hooks/use-session';
import { CloudError } from '@/services/cloud-error';
import { listContacts, listEnterpriseContacts } from '@/services/contact.service';
import { canCorrect } from '@/utils/contact-correction';
import { goBackOrHome } from '@/utils/navigation';
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

  const { state } = profile;
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'error') {
    const finalTitle = FINAL_ERRORS[state.error.code];
    return (
      <ErrorState
        title={finalTitle ?? '加载失败'}
        message={state.error.message}
        onRetry={finalTitle ? undefined : () => void profile.reload()}
        action={
          <Button className='plain-button back-button' size='mini' onClick={goBackOrHome}>
            返回
          </Button>
        }
      />
    );
  }

  const { enterprise: data, cadence } = state.data;
  return (
    <View className='page-root enterprise-profile'>
      <EnterpriseFacts enterprise={data} cadence={cadence} canEditCadence={role === 'unit_admin'} />
      <Card className='profile-steward' title='服务管家'>
        <StewardContact name={data.stewardName} phone={data.stewardPhone} />
      </Card>
      <ContactsSection
        enterpriseId={data.id}
        enterpriseName={data.name}
        canManage={role === 'steward'}
        state={contacts.state}
        reload={contacts.reload}
      />
      {data.status === 'active' ? <ProfileActions role={role} id={data.id} name={data.name} /> : null}
      <ProfileSections profile={state.data} />
      <ContactRecords list={records} correctable={(record) => canCorrect(record, user)} />
    </View>
  );
}
