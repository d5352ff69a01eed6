import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { EmptyState } from '@/components/empty-state';
import { useSession } from '@/hooks/use-session';
import './unbound-account.scss';

const BIND_URL = '/pages/bind/index';

/** This WeChat user has no account yet: bind one with the code the district or the steward handed out. */
export function UnboundAccount() {
  const { signOut } = useSession();
  return (
    <View className='page-root unbound-page'>
      <Card className='unbound-account'>
        <EmptyState
          title='账号未绑定'
          hint='您的微信尚未绑定企业或管家账号。请向区科经委（工作人员）或您的服务管家（企业联系人）获取一次性绑定码，输入后即可使用。'
          action={
            <View className='unbound-actions'>
              <Button className='primary-button go-bind-button' onClick={() => void Taro.navigateTo({ url: BIND_URL })}>
                使用绑定码绑定
              </Button>
              {process.env.TARO_ENV === 'h5' ? (
                <Button className='plain-button sign-out-button' size='mini' onClick={signOut}>
                  退出登录
                </Button>
              ) : null}
            </View>
          }
        />
      </Card>
    </View>
  );
}
