import Taro from '@tarojs/taro';
import { CloudError } from './cloud-error';

const OPEN_FAILED = '文件打开失败，请稍后重试';

type FileType = 'xlsx' | 'docx';

/**
 * Opens an exported Excel file or Word document. On weapp it is downloaded to a temporary path and opened with
 * the system viewer (which can forward or save it); on H5 the browser downloads the link.
 */
export function openExportedFile(url: string, fileType: FileType = 'xlsx'): Promise<void> {
  return open(url, fileType);
}

async function openWeapp(url: string, fileType: FileType): Promise<void> {
  try {
    const { tempFilePath, statusCode } = await Taro.downloadFile({ url });
    if (statusCode !== 200) throw new Error(String(statusCode));
    await Taro.openDocument({ filePath: tempFilePath, fileType, showMenu: true });
  } catch {
    throw new CloudError('NETWORK', OPEN_FAILED);
  }
}

async function openH5(url: string): Promise<void> {
  window.open(url, '_blank');
}

const open: (url: string, fileType: FileType) => Promise<void> = process.env.TARO_ENV === 'weapp' ? openWeapp : openH5;
