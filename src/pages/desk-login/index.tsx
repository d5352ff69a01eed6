import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { FormActions } from '@/components/form-actions';
import { Notice } from '@/components/notice';
import { TextField } from '@/components/text-field';
import { useSession } from '@/hooks/use-session';
import { H5_ON_CLOUDBASE } from '@/services/cloud';
import { toCloudError } from '@/services/cloud-error';
import { beginDeskSignIn } from '@/services/desk-sign-in';
import { LOGIN_URL } from '@/utils/navigation';
import './index.scss';

// A code is asked for when the identity is not bound yet, or the code given did not work.
const NEEDS_CODE = new Set(['DESK_UNBOUND', 'BINDING_CODE_INVALID']);

/** The desk console's sign-in (H5): through the unified identity provider, with a one-time code the first time. */
export default function DeskLoginPage() {
  const { session } = useSession();
  const problem = session.status === 'signed-out' ? session.problem : undefined;
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function go(bindingCode?: string) {
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      await beginDeskSignIn(bindingCode);
    } catch (err) {
      setError(toCloudError(err).message);
      setBusy(false);
    }
  }

  return (
    <View className='page-root desk-login-page'>
      <Card className='desk-login' title='浦东新区重点企业“服务包”专窗平台'>
        <View className='desk-login__intro text-note'>区科经委、各单位总管家、承办部门和服务管家在电脑上办公时使用。请通过浦东新区统一身份认证登录；企业用户请使用微信小程序。</View>
        {problem ? (
          <Notice tone='error' className='desk-login__problem'>
            {problem.message}
          </Notice>
        ) : null}
        {problem && NEEDS_CODE.has(problem.code) ? (
          <View className='desk-login__bind'>
            <TextField label='一次性绑定码' name='desk-binding-code' required value={code} onChange={setCode} placeholder='如 ABCD-EFGH' maxLength={20} />
            <FormActions label='绑定并登录' busy={busy} busyLabel='正在前往统一身份认证…' error={error} name='desk-bind' onSubmit={() => void go(code)} hint='绑定码由区科经委发放，只能使用一次；提交后将再次通过统一身份认证确认您的身份。' />
          </View>
        ) : (
          <FormActions label='统一身份认证登录' busy={busy} busyLabel='正在前往统一身份认证…' error={error} name='desk-sign-in' onSubmit={() => void go()} />
        )}
      </Card>
      {H5_ON_CLOUDBASE ? null : (
        <Button className='plain-button desk-login__local' size='mini' onClick={() => void Taro.navigateTo({ url: LOGIN_URL })}>
          使用本地演示身份
        </Button>
      )}
    </View>
  );
}
