import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { EnterpriseListScreen } from '@/components/org/enterprise-list-screen';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { cadenceEditUrl } from '@/utils/org-urls';
import '../../components/unit.scss';

/** How often each enterprise is to be contacted and visited; tap one to change it. */
export default function CadencePage() {
  const [version, setVersion] = useState(0);
  useReloadOnShow(() => setVersion((v) => v + 1));
  return (
    <EnterpriseListScreen
      showSteward
      version={version}
      emptyHint='本单位暂无企业'
      header={<View className='unit-hint text-hint'>默认每 30 天联系一次、每 90 天上门走访一次；点击企业按实际需要调整。</View>}
      onOpen={(enterprise) => void Taro.navigateTo({ url: cadenceEditUrl(enterprise.id) })}
      actionFor={(enterprise) => (
        <Text className='cadence-days'>{`联系 ${enterprise.contactCadenceDays} 天\n走访 ${enterprise.visitCadenceDays} 天`}</Text>
      )}
    />
  );
}
