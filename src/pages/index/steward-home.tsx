import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import type { SessionUser } from '@/core/session.model';

const STEWARD_DEMANDS_URL = '/steward/pages/demands/index';

export function StewardHome({ user }: { user: SessionUser }) {
  return (
    <View className='steward-home'>
      {user.unitName ? <View className='home-org unit-name'>{user.unitName}</View> : null}
      <Card
        className='home-entry steward-demands-entry'
        title='我服务的企业诉求'
        onClick={() => void Taro.navigateTo({ url: STEWARD_DEMANDS_URL })}
      >
        <Text className='home-entry__hint'>查看并跟进所服务企业提交的诉求</Text>
      </Card>
    </View>
  );
}
