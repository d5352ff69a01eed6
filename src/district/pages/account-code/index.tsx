import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { EmptyState } from '@/components/empty-state';
import { IssuedCodeCard } from '@/components/org/issued-code-card';
import { goBackOrHome } from '@/utils/navigation';
import { forgetIssuedCode, peekIssuedCode } from '../../issued-code-store';

/** The one time a binding code is shown: big, as a QR code, with its expiry and a copy button. */
export default function AccountCodePage() {
  // Read as the page opens, then forgotten: leaving the page (or reloading it) loses the code for good.
  const [slip] = useState(peekIssuedCode);
  useEffect(() => forgetIssuedCode(), []);

  if (!slip) {
    return (
      <View className='page-root account-code'>
        <EmptyState
          title='绑定码已不再显示'
          hint='为保证安全，绑定码只在生成时显示一次。如未记下，请在账号管理中为该账号重新发放绑定码。'
          action={
            <Button className='plain-button back-button' size='mini' onClick={goBackOrHome}>
              返回
            </Button>
          }
        />
      </View>
    );
  }

  const { accountName, roleLabel, code } = slip;
  return (
    <View className='page-root account-code'>
      <IssuedCodeCard
        issued={code}
        heading={
          <>
            {accountName}
            <Text className='code-card__role text-meta'>{roleLabel}</Text>
          </>
        }
      />
      <View className='page-note code-note'>
        请将绑定码或二维码转交本人：在小程序首页点击“使用绑定码绑定”，输入或扫码即可完成绑定。绑定码仅可使用一次，只在此处显示一次，离开本页后无法再次查看。
      </View>
      <View className='form-actions'>
        <Button className='plain-button done-button' onClick={goBackOrHome}>
          完成
        </Button>
      </View>
    </View>
  );
}
