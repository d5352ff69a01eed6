import { useEffect } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ReminderCard } from '@/components/demand/reminder-card';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useSession } from '@/hooks/use-session';
import { DeskLayout } from '@/components/desk/desk-layout';
import { H5_ON_CLOUDBASE } from '@/services/cloud';
import { DESK_LOGIN_URL, LOGIN_URL } from '@/utils/navigation';
import { DepartmentHome } from './department-home';
import { DistrictHome } from './district-home';
import { EnterpriseHome } from './enterprise-home';
import { LiaisonHome } from './liaison-home';
import { MessageEntry } from './message-entry';
import { RolePlaceholderHome } from './role-placeholder-home';
import { SignedInBar } from './signed-in-bar';
import { StewardHome } from './steward-home';
import { UnboundAccount } from './unbound-account';
import { UnitHome } from './unit-home';
import './index.scss';

/** The role home: who is signed in, and the way into that role's work. */
export default function HomePage() {
  const { session, reload } = useSession();

  useEffect(() => {
    if (process.env.TARO_ENV === 'h5' && session.status === 'signed-out') {
      // The desk console signs in through the unified identity provider; the local demo also lists its identities.
      void Taro.redirectTo({ url: session.problem || H5_ON_CLOUDBASE ? DESK_LOGIN_URL : LOGIN_URL });
    }
  }, [session]);

  if (session.status === 'loading' || session.status === 'signed-out') return <LoadingState />;
  if (session.status === 'error') {
    return <ErrorState message={session.error.message} onRetry={() => void reload()} />;
  }
  const { user } = session;
  if (!user) return <UnboundAccount />;

  return (
    <DeskLayout active='home'>
      <View className='page-root home-page'>
        <SignedInBar user={user} />
        <MessageEntry />
        {user.role === 'enterprise' ? <EnterpriseHome user={user} /> : null}
        {user.role === 'steward' ? <StewardHome /> : null}
        {user.role === 'liaison' ? <LiaisonHome user={user} /> : null}
        {user.role === 'unit_admin' ? <UnitHome user={user} /> : null}
        {user.role === 'district_admin' ? <DistrictHome /> : null}
        {user.role === 'department' ? <DepartmentHome /> : null}
        {!['enterprise', 'steward', 'liaison', 'unit_admin', 'district_admin', 'department'].includes(user.role) ? <RolePlaceholderHome role={user.role} /> : null}
        <ReminderCard role={user.role} />
      </View>
    </DeskLayout>
  );
}
