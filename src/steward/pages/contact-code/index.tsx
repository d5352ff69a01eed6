import { Button, Image, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import type { IssuedCode } from '@/core/org/org.model';
import { useAsyncData } from '@/hooks/use-async-data';
import { CloudError } from '@/services/cloud-error';
import { issueContactCode } from '@/services/contact.service';
import { formatDateTime } from '@/utils/format-time';
import { paramText } from '@/utils/org-urls';
import './index.scss';

const missingId = () => Promise.reject(new CloudError('NOT_FOUND', '链接中缺少企业编号，请从企业档案重新进入'));
const FINAL_ERRORS = { NOT_FOUND: '未能生成绑定码' };

/** The steward issues a one-time code; the enterprise contact enters it or scans the QR code. */
export default function ContactCodePage() {
  const params = useRouter().params;
  const enterpriseId = params.enterpriseId ?? '';
  const enterpriseName = paramText(params.name);
  const { state, reload } = useAsyncData(() => (enterpriseId ? issueContactCode(enterpriseId) : missingId()), enterpriseId);

  return (
    <AsyncView state={state} onRetry={() => void reload()} loadingText='正在生成绑定码…' errorTitle='未能生成绑定码' finalErrors={FINAL_ERRORS}>
      {(issued) => <CodeSlip issued={issued} enterpriseName={enterpriseName} onAgain={() => void reload()} />}
    </AsyncView>
  );
}

function CodeSlip({ issued: { code, expiresAt, qrDataUrl }, enterpriseName, onAgain }: { issued: IssuedCode; enterpriseName: string; onAgain: () => void }) {
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
      <View className='contact-code__again link' onClick={onAgain}>
        重新生成绑定码
      </View>
    </View>
  );
}
