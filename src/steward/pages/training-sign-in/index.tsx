import { Button, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { FormActions } from '@/components/form-actions';
import { Notice } from '@/components/notice';
import { TextField } from '@/components/text-field';
import { SIGN_IN_CODE_LENGTH, SIGN_IN_OPENS_MINUTES_BEFORE } from '@/core/training/training.rules';
import { formatDateTime } from '@/utils/format-time';
import { useSignIn } from '../../hooks/use-sign-in';
import './index.scss';

/** At a lecture or visit: the organiser shows a code and its QR code; the steward signs in with either. */
export default function TrainingSignInPage() {
  const signIn = useSignIn();
  if (signIn.signed) {
    return (
      <View className='page-root training-sign-in-page'>
        <Notice tone='ok' className='sign-in-done'>
          已签到「{signIn.signed.courseTitle}」，计 {signIn.signed.hours} 学时（{formatDateTime(signIn.signed.completedAt)}）
        </Notice>
      </View>
    );
  }
  return (
    <View className='page-root training-sign-in-page'>
      <Card>
        <TextField
          label='签到码'
          name='code'
          inputClassName='sign-in-code-input'
          required
          error={signIn.errors.code}
          value={signIn.code}
          maxLength={SIGN_IN_CODE_LENGTH + 2}
          placeholder={`组织方现场出示的 ${SIGN_IN_CODE_LENGTH} 位签到码`}
          onChange={signIn.setCode}
        />
        {process.env.TARO_ENV === 'weapp' ? (
          <Button className='plain-button scan-sign-in' onClick={() => void signIn.scan()}>
            扫码签到
          </Button>
        ) : null}
      </Card>
      <View className='page-note'>签到在活动开始前 {SIGN_IN_OPENS_MINUTES_BEFORE} 分钟开放，活动结束后关闭；签到即完成该课程并计入学时。</View>
      <FormActions error={signIn.formError} busy={signIn.submitting} busyLabel='签到中…' label='签到' name='sign-in' onSubmit={() => void signIn.submit()} />
    </View>
  );
}
