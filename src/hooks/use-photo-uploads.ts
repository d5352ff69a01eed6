import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { toCloudError } from '@/services/cloud-error';
import { pickImages } from '@/services/image-picker';
import { uploadFor } from '@/services/upload.service';

/** A visit's check-in carries at most this many photos (checkInInput.photoFileIds). */
export const MAX_PHOTOS = 9;

interface PhotoItem {
  key: string;
  preview: string;
  status: 'uploading' | 'done' | 'failed';
  fileID?: string;
}

// Keep the extension; the rest of a camera's file name says nothing and may not be ASCII.
const safeName = (name: string, index: number) => `photo-${index + 1}.${/\.(\w{2,5})$/.exec(name)?.[1]?.toLowerCase() ?? 'jpg'}`;

/** Photos of an on-site visit: picked, uploaded at once, shown as thumbnails, removable. */
export function usePhotoUploads() {
  const [photos, setPhotos] = useState<PhotoItem[]>([]);
  const count = useRef(0);
  const patch = (key: string, change: Partial<PhotoItem>) => setPhotos((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));

  async function add() {
    const room = MAX_PHOTOS - photos.length;
    if (room <= 0) {
      void Taro.showToast({ title: `最多 ${MAX_PHOTOS} 张照片`, icon: 'none' });
      return;
    }
    const picked = await pickImages(room);
    const items = picked.map((image, i) => ({ image, key: `p${count.current++}`, name: safeName(image.name, i) }));
    setPhotos((list) => [...list, ...items.map(({ key, image }) => ({ key, preview: image.preview, status: 'uploading' as const }))]);
    await Promise.all(
      items.map(async ({ key, image, name }) => {
        try {
          patch(key, { status: 'done', fileID: await uploadFor('checkIn', name, image.source) });
        } catch (err) {
          patch(key, { status: 'failed' });
          void Taro.showToast({ title: toCloudError(err).message, icon: 'none' });
        }
      }),
    );
  }

  const remove = (key: string) => setPhotos((list) => list.filter((p) => p.key !== key));

  return {
    photos,
    add,
    remove,
    uploading: photos.some((p) => p.status === 'uploading'),
    fileIds: photos.filter((p) => p.status === 'done' && p.fileID).map((p) => p.fileID as string),
  };
}
