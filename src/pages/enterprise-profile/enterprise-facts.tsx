import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { Chip } from '@/components/chip';
import { FactLine } from '@/components/fact-line';
import { CadenceChip } from '@/components/fieldwork/cadence-item';
import type { CadenceRow } from '@/core/fieldwork/fieldwork.model';
import type { EnterpriseView } from '@/core/org/org.model';
import { cadenceDueLine } from '@/utils/cadence-labels';
import { formatDate } from '@/utils/format-time';
import { cadenceEditUrl } from '@/utils/org-urls';
import { preferencesHint } from '@/utils/preferences-hint';


interface EnterpriseFactsProps {
  enterprise: EnterpriseView;
  /** Where the enterprise stands against its cadence: due dates and how late. */
  cadence?: CadenceRow;
  canEditCadence: boolean;
}

export function EnterpriseFacts({ enterprise, cadence, canEditCadence }: EnterpriseFactsProps) {
  return (
    <>
      <Card className='profile-head'>
        <View className='profile-head__name enterprise-name'>{enterprise.name}</View>
        <View className='chip-row profile-head__tags'>
          {enterprise.status === 'removed' ? (
            <Chip tone='danger' className='profile-tag--removed'>
              已移出名单
            </Chip>
          ) : null}
          {enterprise.tags.map((tag) => (
            <Chip key={tag}>{tag}</Chip>
          ))}
        </View>
        <FactLine labelWidth='lg' label='统一社会信用代码' value={enterprise.creditCode} />
        <FactLine labelWidth='lg' label='行业' value={enterprise.industry} />
        <FactLine labelWidth='lg' label='地址' value={enterprise.address} />
        <FactLine
          labelWidth='lg'
          label='位置'
          value={enterprise.location ? `已标注（${enterprise.location.latitude.toFixed(5)}, ${enterprise.location.longitude.toFixed(5)}）` : '未标注，走访打卡无法核对距离'}
        />
        {enterprise.unitName ? <FactLine labelWidth='lg' label='属地单位' value={enterprise.unitName} /> : null}
      </Card>
      <Card className='profile-cadence' title='联系周期'>
        <View className='cadence-line'>
          <Text className='cadence-line__text'>{`至少每 ${enterprise.contactCadenceDays} 天联系一次，每 ${enterprise.visitCadenceDays} 天上门走访一次`}</Text>
          {canEditCadence ? (
            <Text className='link cadence-line__edit' onClick={() => void Taro.navigateTo({ url: cadenceEditUrl(enterprise.id) })}>
              修改
            </Text>
          ) : null}
        </View>
        {cadence && enterprise.status === 'active' ? (
          <View className={`cadence-status cadence-status--${cadence.state}`}>
            <CadenceChip row={cadence} />
            <Text className='cadence-status__due'>{cadenceDueLine(cadence)}</Text>
          </View>
        ) : null}
        <View className='cadence-last text-meta'>
          {`上次联系：${formatDate(enterprise.lastContactAt) || '暂无记录'}　上次走访：${formatDate(enterprise.lastVisitAt) || '暂无记录'}`}
        </View>
        <Preferences preferences={enterprise.preferences} />
      </Card>
    </>
  );
}

/** 无事不扰: how and when the enterprise prefers to be contacted, read before contacting it. */
function Preferences({ preferences }: { preferences?: EnterpriseView['preferences'] }) {
  const hint = preferencesHint(preferences);
  if (!hint) return <View className='cadence-preferences cadence-preferences--none text-meta'>企业未设置联系偏好</View>;
  return (
    <View className='cadence-preferences text-meta'>
      <Text className='cadence-preferences__label'>无事不扰</Text>
      <Text>{hint}</Text>
    </View>
  );
}
