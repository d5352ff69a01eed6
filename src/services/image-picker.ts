import Taro from '@tarojs/taro';
import type { UploadSource } from './cloud';

interface PickedImage {
  name: string;
  /** What uploadFile takes: a temporary path on weapp, the File itself on H5. */
  source: UploadSource;
  /** Something an <Image> can show at once, before the upload finishes. */
  preview: string;
}

/** Up to `max` photos from the camera or album (weapp) or from disk (H5); [] when cancelled. */
export function pickImages(max: number): Promise<PickedImage[]> {
  return max > 0 ? pick(max) : Promise.resolve([]);
}

const extensionOf = (path: string) => /\.(\w{2,5})$/.exec(path)?.[1]?.toLowerCase() ?? 'jpg';

async function pickWeapp(max: number): Promise<PickedImage[]> {
  try {
    const { tempFiles } = await Taro.chooseMedia({ count: max, mediaType: ['image'], sourceType: ['camera', 'album'], sizeType: ['compressed'] });
    return tempFiles.map((file, i) => ({ name: `photo-${i + 1}.${extensionOf(file.tempFilePath)}`, source: file.tempFilePath, preview: file.tempFilePath }));
  } catch {
    // chooseMedia rejects when the person backs out; nothing was picked.
    return [];
  }
}

// A hidden file input, clicked in the same tap so the browser allows the dialog.
function pickH5(max: number): Promise<PickedImage[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.multiple = max > 1;
    input.className = 'h5-image-input';
    input.style.display = 'none';
    const finish = (files: File[]) => {
      input.remove();
      resolve(files.slice(0, max).map((file) => ({ name: file.name, source: file, preview: URL.createObjectURL(file) })));
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => finish([]));
    document.body.appendChild(input);
    input.click();
  });
}

const pick: (max: number) => Promise<PickedImage[]> = process.env.TARO_ENV === 'weapp' ? pickWeapp : pickH5;
