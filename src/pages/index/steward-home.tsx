import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';

const STEWARD_DEMANDS_URL = '/steward/pages/demands/index';

export function StewardHome() {
  return (
    <View className='steward-home'>
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
