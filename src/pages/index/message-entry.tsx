import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useAsyncData } from '@/hooks/use-async-data';
import { useReloadOnShow } from '@/hooks/use-reload-on-show';
import { countUnreadMessages } from '@/services/message.service';
import { MESSAGES_URL } from '@/utils/navigation';

/** 消息中心 on every role's home, with the unread count; counted again each time the home shows. */
export function MessageEntry() {
  const { state, refresh } = useAsyncData(() => countUnreadMessages(), 'home-unread-messages');
  useReloadOnShow(refresh);
  const unread = state.status === 'ready' ? state.data.unread : 0;
  const hint = state.status === 'error' ? '未读数暂时无法读取' : state.status === 'loading' ? '' : unread ? `${unread} 条未读` : '暂无未读消息';
  return (
    <View className='message-entry' onClick={() => void Taro.navigateTo({ url: MESSAGES_URL })}>
      <Text className='message-entry__label'>消息中心</Text>
      {unread ? <Text className='message-entry__badge count-badge'>{unread > 99 ? '99+' : unread}</Text> : null}
      <Text className='message-entry__hint text-meta'>{hint}</Text>
      <Text className='message-entry__go'>›</Text>
    </View>
  );
}
