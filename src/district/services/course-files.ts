import Taro from '@tarojs/taro';
import type { UploadSource } from '@/services/cloud';
import { uploadFor } from '@/services/upload.service';

export interface PickedFile {
  name: string;
  source: UploadSource;
}

const EXTENSION_BY_MIME: Record<string, string> = { 'video/mp4': 'mp4', 'image/jpeg': 'jpg', 'image/png': 'png' };

// The server goes by the name's extension: a name without one takes the one its type says.
const named = (f: File): PickedFile => ({ name: /\.[A-Za-z0-9]+$/.test(f.name) || !EXTENSION_BY_MIME[f.type] ? f.name : `${f.name}.${EXTENSION_BY_MIME[f.type]}`, source: f });

// A hidden input, clicked in the same tap so the browser allows the dialog.
const pickH5 = (accept: string, multiple: boolean): Promise<PickedFile[]> =>
  new Promise((resolve) => {
    const input = Object.assign(document.createElement('input'), { type: 'file', accept, multiple, className: 'h5-file-input course-file-input' });
    input.style.display = 'none';
    const done = (files: PickedFile[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done([...(input.files ?? [])].map(named)));
    input.addEventListener('cancel', () => done([]));
    document.body.appendChild(input);
    input.click();
  });

/** One MP4 video: from a chat or the album on weapp, from disk on H5. */
export async function pickVideo(): Promise<PickedFile | null> {
  if (process.env.TARO_ENV !== 'weapp') return (await pickH5('.mp4,video/mp4', false))[0] ?? null;
  try {
    const { tempFiles } = await Taro.chooseMedia({ count: 1, mediaType: ['video'], sourceType: ['album'] });
    return tempFiles[0] ? { name: '课程视频.mp4', source: tempFiles[0].tempFilePath } : null;
  } catch {
    return null;
  }
}

/** A document's pages as images (slides exported as pictures), in the order picked. */
export async function pickPageImages(max: number): Promise<PickedFile[]> {
  if (process.env.TARO_ENV !== 'weapp') return (await pickH5('.jpg,.jpeg,.png,image/jpeg,image/png', true)).slice(0, max);
  try {
    const { tempFiles } = await Taro.chooseMessageFile({ count: max, type: 'image' });
    return tempFiles.map((f) => ({ name: f.name, source: f.path }));
  } catch {
    return [];
  }
}

/** Uploads course material to a path the server issues for it; the person's file name travels with the course. */
export const uploadCourseFile = (file: PickedFile) => uploadFor('course', file.name, file.source);
