import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './org.scss';

interface StewardContactProps {
  name?: string;
  phone?: string;
}

/** Who serves the enterprise, with a call button when there is a phone number. */
export function StewardContact({ name, phone }: StewardContactProps) {
  if (!name) return <View className='steward-contact steward-contact--none'>暂未分配服务管家</View>;
  return (
    <View className='steward-contact'>
      <View className='steward-contact__who'>
        <Text className='steward-contact__name steward-name'>{name}</Text>
        {phone ? <Text className='steward-contact__phone steward-phone'>{phone}</Text> : null}
      </View>
      {phone ? (
        <Button className='plain-button call-button' size='mini' onClick={() => void Taro.makePhoneCall({ phoneNumber: phone })}>
          拨打电话
        </Button>
      ) : null}
    </View>
  );
}
