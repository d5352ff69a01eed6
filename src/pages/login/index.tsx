import { useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Notice } from '@/components/notice';
import { ROLES } from '@/core/roles';
import { useAsyncData } from '@/hooks/use-async-data';
import { useSession } from '@/hooks/use-session';
import { toCloudError } from '@/services/cloud-error';
import { type LocalIdentity, listLocalIdentities, signInLocally } from '@/services/local-session';
import { DESK_LOGIN_URL, HOME_URL } from '@/utils/navigation';
import { Button } from '@tarojs/components';
import { Card } from '@/components/card';
import { IdentityGroup } from './identity-group';
import { NewUserEntry, newLocalOpenid } from './new-user-entry';
import './index.scss';

// Small groups first (district, departments, units … enterprises last): the demo has hundreds
// of enterprise contacts, which would otherwise push every other role far down the page.
const GROUP_ORDER = [...ROLES].reverse();

function groupByRole(identities: LocalIdentity[]) {
  return GROUP_ORDER.map((role) => ({ role, identities: identities.filter((i) => i.role === role) })).filter(
    (group) => group.identities.length > 0,
  );
}

/** H5 local demo only (registered in app.config for h5 builds): sign in as a seeded identity. */
export default function LoginPage() {
  const { state, reload } = useAsyncData(listLocalIdentities, 'identities');
  const session = useSession();
  const [pending, setPending] = useState('');

  async function signIn(openid: string) {
    if (pending) return;
    setPending(openid);
    try {
      await signInLocally(openid);
      await session.reload();
      void Taro.reLaunch({ url: HOME_URL });
    } catch (err) {
      void Taro.showToast({ title: toCloudError(err).message, icon: 'none' });
    } finally {
      setPending('');
    }
  }

  return (
    <View className='page-root login-page'>
      <Notice className='login-explainer'>此页面仅在本地演示服务器上提供，用于选择一个演示身份登录。正式小程序通过微信身份自动识别用户，不会出现此页面。</Notice>
      <Card className='desk-entry' title='专窗平台（统一身份认证）'>
        <View className='new-user-entry__hint'>政府工作人员在电脑上通过本地统一身份认证登录专窗平台（演示人员及密码见认证页面）。</View>
        <Button className='plain-button desk-entry-button' onClick={() => void Taro.navigateTo({ url: DESK_LOGIN_URL })}>
          统一身份认证登录
        </Button>
      </Card>
      <NewUserEntry pending={pending.startsWith('local-')} onEnter={() => void signIn(newLocalOpenid())} />
      <AsyncView state={state} onRetry={() => void reload()}>
        {(identities) =>
          groupByRole(identities).map((group) => (
            <IdentityGroup
              key={group.role}
              role={group.role}
              identities={group.identities}
              pendingOpenid={pending}
              onPick={(identity: LocalIdentity) => void signIn(identity.openid)}
            />
          ))
        }
      </AsyncView>
    </View>
  );
}
