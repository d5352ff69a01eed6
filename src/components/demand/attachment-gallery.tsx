import { Image, Text, View } from '@tarojs/components';
import type { DemandAttachment } from '@/core/demand/demand.model';
import { openPdf, previewImages } from '@/services/attachment-open';
import { Chip } from '../chip';
import { formatSize } from './demand-words';
import './attachments.scss';

const isImage = (a: DemandAttachment) => a.contentType.startsWith('image/');

/** A demand's attachments: images as thumbnails that open full screen, PDFs as links. */
export function AttachmentGallery({ attachments }: { attachments: DemandAttachment[] }) {
  const images = attachments.filter((a) => isImage(a) && a.url);
  const files = attachments.filter((a) => !isImage(a) || !a.url);
  const urls = images.map((a) => a.url!);
  return (
    <View className='attachment-gallery'>
      {images.length > 0 ? (
        <View className='attachment-thumbs'>
          {images.map((a) => (
            <Image
              key={a.fileID}
              className='attachment-thumb'
              src={a.url!}
              mode='aspectFill'
              aria-label={a.name}
              onClick={() => previewImages(urls, a.url!)}
            />
          ))}
        </View>
      ) : null}
      {files.map((a) => (
        <View key={a.fileID} className='card-row attachment-link' onClick={() => (a.url ? void openPdf(a.url) : undefined)}>
          <Chip tone='danger' className='attachment-link__badge'>{isImage(a) ? '图片' : 'PDF'}</Chip>
          <Text className={`attachment-link__name${a.url ? ' link' : ''}`}>{a.name}</Text>
          <Text className='attachment-link__size'>{formatSize(a.size)}</Text>
        </View>
      ))}
    </View>
  );
}
