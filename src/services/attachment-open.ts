import Taro from '@tarojs/taro';

const OPEN_FAILED = '文件打开失败，请稍后重试';

/** Shows images full screen, swiping between them. */
export function previewImages(urls: string[], current: string): void {
  void Taro.previewImage({ urls, current }).catch(() => undefined);
}

// WeChat opens a PDF after downloading it to a temporary file.
async function openPdfWeapp(url: string): Promise<void> {
  try {
    const { tempFilePath } = await Taro.downloadFile({ url });
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true });
  } catch {
    void Taro.showToast({ title: OPEN_FAILED, icon: 'none' });
  }
}

// The browser shows a PDF in a tab of its own.
async function openPdfH5(url: string): Promise<void> {
  if (!window.open(url, '_blank', 'noopener')) void Taro.showToast({ title: OPEN_FAILED, icon: 'none' });
}

/** Opens a PDF attachment from its download URL. */
export const openPdf: (url: string) => Promise<void> = process.env.TARO_ENV === 'weapp' ? openPdfWeapp : openPdfH5;
