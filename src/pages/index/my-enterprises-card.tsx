import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AsyncView } from '@/components/async-view';
import { Card } from '@/components/card';
import type { PageResult } from '@/core/demand/demand.model';
import type { EnterpriseView } from '@/core/org/org.model';
import type { AsyncData } from '@/hooks/use-async-data';
import { MY_ENTERPRISES_URL, recordContactUrl } from '@/utils/org-urls';

interface MyEnterprisesCardProps {
  title: string;
  state: AsyncData<PageResult<EnterpriseView>>;
  onRetry: () => void;
}

/** How many enterprises this person serves, the way into the list, and recording a contact. */
export function MyEnterprisesCard({ title, state, onRetry }: MyEnterprisesCardProps) {
  return (
    <Card className='home-entry my-enterprises-entry' title={title}>
      <View className='entry-row' onClick={() => void Taro.navigateTo({ url: MY_ENTERPRISES_URL })}>
        <AsyncView inline state={state} onRetry={onRetry}>
          {(data) => (
            <Text className='entry-row__count enterprise-count'>
              <Text className='entry-row__number'>{`${data.items.length}${data.hasMore ? '+' : ''}`}</Text> 家企业
            </Text>
          )}
        </AsyncView>
        <Text className='entry-row__go link'>查看 ›</Text>
      </View>
      <Button className='plain-button record-contact-entry' onClick={() => void Taro.navigateTo({ url: recordContactUrl() })}>
        记录联系
      </Button>
    </Card>
  );
}
