import Taro from '@tarojs/taro';
import type { UploadSource } from './cloud';

interface PickedFile {
  name: string;
  /** What uploadFile takes: a temporary path on weapp, the File itself on H5. */
  source: UploadSource;
}

const EXCEL_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One .xlsx file from a WeChat chat (weapp) or from disk (H5); null when the person cancels. */
export function pickExcelFile(): Promise<PickedFile | null> {
  return pick();
}

async function pickWeapp(): Promise<PickedFile | null> {
  try {
    const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] });
    const file = tempFiles[0];
    return file ? { name: file.name, source: file.path } : null;
  } catch {
    // chooseMessageFile rejects when the person backs out; nothing was picked.
    return null;
  }
}

// A hidden file input, clicked in the same tap so the browser allows the dialog.
function pickH5(): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `.xlsx,${EXCEL_MIME}`;
    input.className = 'h5-file-input';
    input.style.display = 'none';
    const finish = (picked: PickedFile | null) => {
      input.remove();
      resolve(picked);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish(file ? { name: file.name, source: file } : null);
    });
    input.addEventListener('cancel', () => finish(null));
    document.body.appendChild(input);
    input.click();
  });
}

const pick: () => Promise<PickedFile | null> = process.env.TARO_ENV === 'weapp' ? pickWeapp : pickH5;
