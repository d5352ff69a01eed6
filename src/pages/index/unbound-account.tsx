import { Button } from '@tarojs/components';
import { Card } from '@/components/card';
import { EmptyState } from '@/components/empty-state';
import { useSession } from '@/hooks/use-session';

/** This WeChat user has no account yet; binding with a code arrives in a later version. */
export function UnboundAccount() {
  const { signOut } = useSession();
  return (
    <Card className='unbound-account'>
      <EmptyState
        title='账号未绑定'
        hint='您的微信尚未绑定企业或管家账号。请联系您的服务管家或区科经委获取绑定码，绑定功能即将上线。'
        action={
          process.env.TARO_ENV === 'h5' ? (
            <Button className='plain-button sign-out-button' size='mini' onClick={signOut}>
              退出登录
            </Button>
          ) : null
        }
      />
    </Card>
  );
}
