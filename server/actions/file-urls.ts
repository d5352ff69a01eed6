import type { FileStore } from '../runtime/action-context';

/** CloudBase's getTempFileURL takes at most 50 files a call. */
const URLS_PER_CALL = 50;

/** Short-lived download links for stored files, 50 per request, none when there are no files. */
export const tempUrlsOf = async (files: FileStore, fileIds: string[]): Promise<Map<string, string>> => {
  const urls = new Map<string, string>();
  for (let i = 0; i < fileIds.length; i += URLS_PER_CALL) for (const [id, url] of await files.tempUrls(fileIds.slice(i, i + URLS_PER_CALL))) urls.set(id, url);
  return urls;
};
