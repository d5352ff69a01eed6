import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Chip } from '@/components/chip';
import { RecordHead } from '@/components/record-head';
import type { EnterpriseView } from '@/core/org/org.model';
import { enterpriseEditUrl } from '../../urls';

/** `unitName`: the list rows carry only the unit id; the page knows the names. */
export function EnterpriseItem({ enterprise, unitName }: { enterprise: EnterpriseView; unitName?: string }) {
  const removed = enterprise.status === 'removed';
  return (
    <View className='list-item district-enterprise' onClick={() => void Taro.navigateTo({ url: enterpriseEditUrl(enterprise.id) })}>
      <RecordHead title={enterprise.name} titleClassName='enterprise-name'>
        {removed ? (
          <Chip tone='muted' className='enterprise-removed'>
            已移出
          </Chip>
        ) : null}
      </RecordHead>
      <View className='list-item__meta enterprise-credit-code'>{enterprise.creditCode}</View>
      <View className='list-item__meta'>
        <Text className='enterprise-unit'>{enterprise.unitName ?? unitName ?? ''}</Text>
        <Text className='enterprise-steward'>{`　管家：${enterprise.stewardName || '待分配'}`}</Text>
      </View>
      {enterprise.tags.length > 0 ? (
        <View className='list-item__meta chip-row'>
          {enterprise.tags.map((tag) => (
            <Chip key={tag}>{tag}</Chip>
          ))}
        </View>
      ) : null}
    </View>
  );
}
