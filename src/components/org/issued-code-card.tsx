import type { ReactNode } from 'react';
import { Button, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { IssuedCode } from '@/core/org/org.model';
import { formatDateTime } from '@/utils/format-time';
import { Card } from '../card';
import './issued-code-card.scss';

interface IssuedCodeCardProps {
  /** Whom the code is for, e.g. the account's name and role, or the enterprise. */
  heading: ReactNode;
  issued: IssuedCode;
}

async function copy(code: string) {
  try {
    await Taro.setClipboardData({ data: code });
    void Taro.showToast({ title: '已复制', icon: 'success' });
  } catch {
    void Taro.showToast({ title: '复制失败，请手动抄写', icon: 'none' });
  }
}

/** A one-time binding code as it is handed over, the one time it is shown: big, as a QR code, its expiry, copy. */
export function IssuedCodeCard({ heading, issued }: IssuedCodeCardProps) {
  return (
    <Card className='code-card'>
      <View className='code-card__who'>{heading}</View>
      <Text className='issued-code' userSelect>
        {issued.code}
      </Text>
      {/* Square image in a square box: the default scaleToFill. aspectFit is absolutely positioned on H5 and drifts right under text-align: center. */}
      <Image className='issued-code-qr' src={issued.qrDataUrl} />
      <View className='code-card__expiry code-expiry'>{`有效期至 ${formatDateTime(issued.expiresAt)}，仅可使用一次`}</View>
      <Button className='primary-button copy-code-button' onClick={() => void copy(issued.code)}>
        复制绑定码
      </Button>
    </Card>
  );
}
