import { View } from '@tarojs/components';
import './states.scss';

export function LoadingState({ text = '加载中…' }: { text?: string }) {
  return (
    <View className='state loading-state'>
      <View className='state__text'>{text}</View>
    </View>
  );
}
