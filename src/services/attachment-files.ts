import Taro from '@tarojs/taro';
import { TOO_MANY_ATTACHMENTS } from '@/core/contracts/demand.fields';
import { UPLOAD_PURPOSES, uploadMessages, uploadTypeOf } from '@/core/files/upload.rules';
import type { UploadSource } from './cloud';
import { uploadFor } from './upload.service';

/** The purposes whose forms take a few images or PDFs as attachments (the attachment editor). */
export type AttachmentPurpose = 'demand' | 'integrity' | 'researchPlan' | 'rectification';

export type AttachmentKind = 'image' | 'pdf';

export interface PickedAttachment {
  name: string;
  size: number;
  kind: AttachmentKind;
  source: UploadSource;
}

interface RawFile {
  name: string;
  size: number;
  mime?: string;
  source: UploadSource;
}

const KIND_BY_EXTENSION: Record<string, AttachmentKind> = { jpg: 'image', jpeg: 'image', png: 'image', pdf: 'pdf' };
const EXTENSION_BY_MIME: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf' };

const extensionOf = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name)?.[1].toLowerCase() ?? '';

export const kindOfName = (name: string): AttachmentKind | undefined => KIND_BY_EXTENSION[extensionOf(name)];

/** Splits what was picked into files to upload and the reasons the others were refused; the server checks again, by content. */
function checkPicked(purposeName: AttachmentPurpose, files: RawFile[], room: number): { accepted: PickedAttachment[]; refused: string[] } {
  const purpose = UPLOAD_PURPOSES[purposeName];
  const accepted: PickedAttachment[] = [];
  const refused: string[] = [];
  for (const file of files) {
    // A name without a known extension takes the one its type says: the server goes by the name.
    const byMime = file.mime ? EXTENSION_BY_MIME[file.mime] : undefined;
    const name = kindOfName(file.name) || !byMime ? file.name : `${file.name}.${byMime}`;
    const kind = uploadTypeOf(purpose, name) ? kindOfName(name) : undefined;
    if (!kind) refused.push(uploadMessages.wrongType(purpose, file.name));
    else if (file.size > purpose.maxBytes) refused.push(uploadMessages.tooLarge(purpose, file.name));
    else if (accepted.length >= room) {
      refused.push(TOO_MANY_ATTACHMENTS);
      break;
    } else accepted.push({ name, size: file.size, kind, source: file.source });
  }
  return { accepted, refused };
}

// WeChat offers files from a chat, or photos from the album and camera (those have no name).
async function pickWeapp(count: number): Promise<RawFile[]> {
  try {
    const { tapIndex } = await Taro.showActionSheet({ itemList: ['从聊天记录选择（图片或 PDF）', '从相册或相机选择图片'] });
    if (tapIndex === 0) {
      const { tempFiles } = await Taro.chooseMessageFile({ count, type: 'all', extension: ['jpg', 'jpeg', 'png', 'pdf'] });
      return tempFiles.map((f) => ({ name: f.name, size: f.size, source: f.path }));
    }
    const { tempFiles } = await Taro.chooseImage({ count, sizeType: ['compressed'] });
    return tempFiles.map((f, i) => ({ name: `图片${i + 1}.${extensionOf(f.path) || 'jpg'}`, size: f.size, source: f.path }));
  } catch {
    // Backing out of the sheet or the picker: nothing picked.
    return [];
  }
}

// A hidden file input, clicked in the same tap so the browser allows the dialog.
function pickH5(count: number): Promise<RawFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = count > 1;
    input.accept = '.jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf';
    input.className = 'h5-file-input demand-file-input';
    input.style.display = 'none';
    const finish = (files: RawFile[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => {
      finish([...(input.files ?? [])].map((f) => ({ name: f.name, size: f.size, mime: f.type, source: f })));
    });
    input.addEventListener('cancel', () => finish([]));
    document.body.appendChild(input);
    input.click();
  });
}

const pick: (count: number) => Promise<RawFile[]> = process.env.TARO_ENV === 'weapp' ? pickWeapp : pickH5;

/** Lets the person choose up to `room` files for a purpose, refusing on the device what the server would. */
export async function pickAttachments(purpose: AttachmentPurpose, room: number) {
  return checkPicked(purpose, await pick(Math.max(room, 1)), room);
}

/** Uploads one picked file to the path the server issues for the purpose and answers its fileID. */
export const uploadAttachment = (purpose: AttachmentPurpose, file: PickedAttachment) => uploadFor(purpose, file.name, file.source);
