import { Image, Text, View } from '@tarojs/components';
import { FormField } from '@/components/form-field';
import { MAX_PHOTOS, type usePhotoUploads } from '@/hooks/use-photo-uploads';

/** Photos of an on-site visit, as evidence beside its content: up to nine, each removable. */
export function PhotoField({ photos }: { photos: ReturnType<typeof usePhotoUploads> }) {
  return (
    <FormField label={`现场照片（选填，最多 ${MAX_PHOTOS} 张）`} name='photos'>
      <View className='photo-grid'>
        {photos.photos.map((photo) => (
          <View key={photo.key} className={`photo-thumb photo-thumb--${photo.status}`}>
            <Image className='photo-thumb__image' src={photo.preview} mode='aspectFill' />
            {photo.status === 'uploading' ? <Text className='photo-thumb__state'>上传中…</Text> : null}
            {photo.status === 'failed' ? <Text className='photo-thumb__state'>上传失败</Text> : null}
            <Text className='photo-thumb__remove' onClick={() => photos.remove(photo.key)}>
              ×
            </Text>
          </View>
        ))}
        {photos.photos.length < MAX_PHOTOS ? (
          <View className='photo-add' onClick={() => void photos.add()}>
            <Text className='photo-add__plus'>+</Text>
            <Text className='photo-add__text'>添加照片</Text>
          </View>
        ) : null}
      </View>
    </FormField>
  );
}
