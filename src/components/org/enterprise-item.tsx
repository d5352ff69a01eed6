import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { EnterpriseView } from '@/core/org/org.model';
import './org.scss';

interface EnterpriseItemProps {
  enterprise: EnterpriseView;
  /** Unit screens show who serves it; a steward's own list does not need to. */
  showSteward?: boolean;
  onClick?: () => void;
  action?: ReactNode;
}

export function EnterpriseItem({ enterprise, showSteward, onClick, action }: EnterpriseItemProps) {
  return (
    <View className='list-item enterprise-item' onClick={onClick}>
      <View className='enterprise-item__body'>
        <Text className='enterprise-item__name text-title'>{enterprise.name}</Text>
        <View className='enterprise-item__meta text-meta'>
          <Text className='enterprise-item__part'>{enterprise.industry}</Text>
          {enterprise.tags
            .filter((tag) => tag !== enterprise.industry)
            .map((tag) => (
              <Text key={tag} className='enterprise-item__part enterprise-item__tag'>
                {tag}
              </Text>
            ))}
        </View>
        {showSteward ? (
          <View className={`enterprise-item__steward${enterprise.stewardName ? '' : ' enterprise-item__steward--none'}`}>
            {enterprise.stewardName ? `管家：${enterprise.stewardName}` : '未分配管家'}
          </View>
        ) : null}
      </View>
      {action ? <View className='enterprise-item__action'>{action}</View> : null}
    </View>
  );
}
