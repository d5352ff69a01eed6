import { Button, Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { ErrorState } from '@/components/error-state';
import { LoadingState } from '@/components/loading-state';
import { useAsyncData } from '@/hooks/use-async-data';
import { CloudError } from '@/services/cloud-error';
import { issueContactCode } from '@/services/contact.service';
import { formatDateTime } from '@/utils/format-time';
import { goBackOrHome } from '@/utils/navigation';
import { paramText } from '@/utils/org-urls';
import './index.scss';

const missingId = () => Promise.reject(new CloudError('NOT_FOUND', '链接中缺少企业编号，请从企业档案重新进入'));

/** The steward issues a one-time code; the enterprise contact enters it or scans the QR code. */
export default function ContactCodePage() {
  const params = useRouter().params;
  const enterpriseId = params.enterpriseId ?? '';
  const enterpriseName = paramText(params.name);
  const { state, reload } = useAsyncData(() => (enterpriseId ? issueContactCode(enterpriseId) : missingId()), enterpriseId);

  if (state.status === 'loading') return <LoadingState text='正在生成绑定码…' />;
  if (state.status === 'error') {
    return (
      <ErrorState
        title='未能生成绑定码'
        message={state.error.message}
        onRetry={enterpriseId ? () => void reload() : undefined}
        action={
          <Button className='plain-button back-button' size='mini' onClick={goBackOrHome}>
            返回
          </Button>
        }
      />
    );
  }

  const { code, expiresAt, qrDataUrl } = state.data;
  const copy = async () => {
    try {
      await Taro.setClipboardData({ data: code });
      void Taro.showToast({ title: '已复制', icon: 'success' });
    } catch {
      void Taro.showToast({ title: '复制失败，请手动抄写', icon: 'none' });
    }
  };

  return (
    <View className='page-root contact-code'>
      <Card className='contact-code__card'>
        {enterpriseName ? <View className='contact-code__enterprise'>{enterpriseName}</View> : null}
        <View className='contact-code__label'>企业联系人绑定码</View>
        <Text className='contact-code__code binding-code' userSelect>
          {code}
        </Text>
        <Image className='contact-code__qr binding-qr' src={qrDataUrl} mode='scaleToFill' />
        <View className='contact-code__expiry'>{`有效期至 ${formatDateTime(expiresAt)}，仅可使用一次`}</View>
        <Button className='primary-button copy-code-button' onClick={() => void copy()}>
          复制
        </Button>
      </Card>
      <View className='contact-code__explain'>
        请企业联系人打开小程序，输入绑定码或扫码完成绑定。绑定码只显示这一次，请当面或通过可靠渠道交给企业联系人。
      </View>
      <View className='contact-code__again link' onClick={() => void reload()}>
        重新生成绑定码
      </View>
    </View>
  );
}
