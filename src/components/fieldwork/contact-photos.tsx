import { Image, View } from '@tarojs/components';
import type { ContactView } from '@/core/org/org.model';
import { previewImages } from '@/services/attachment-open';
import './contact-photos.scss';

/** A visit's photos as small thumbnails; a tap opens them full-screen, swipeable (previewImage). */
export function ContactPhotos({ photos }: { photos: ContactView['photos'] }) {
  const urls = photos.map((p) => p.url).filter((url): url is string => !!url);
  if (urls.length === 0) return null;
  return (
    <View className='contact-photos'>
      {urls.map((url) => (
        <Image key={url} className='contact-photos__thumb' src={url} mode='aspectFill' onClick={() => previewImages(urls, url)} />
      ))}
    </View>
  );
}
