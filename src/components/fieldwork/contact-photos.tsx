import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ContactView } from '@/core/org/org.model';
import './contact-photos.scss';

/** A visit's photos as small thumbnails; a tap opens them full-screen, swipeable (previewImage). */
export function ContactPhotos({ photos }: { photos: ContactView['photos'] }) {
  const urls = photos.map((p) => p.url).filter((url): url is string => !!url);
  if (urls.length === 0) return null;
  return (
    <View className='contact-photos'>
      {urls.map((url) => (
        <Image key={url} className='contact-photos__thumb' src={url} mode='aspectFill' onClick={() => void Taro.previewImage({ current: url, urls })} />
      ))}
    </View>
  );
}
