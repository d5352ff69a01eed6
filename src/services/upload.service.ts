import type { UploadPurposeName } from '@/core/files/upload.rules';
import { callAction, uploadFile, type UploadSource } from './cloud';

/**
 * Uploads one file where the server says — a fresh path in the caller's own folder, issued for
 * this purpose — and answers its fileID for the action that takes it. The name's extension
 * decides what the file must be; the server checks its content against it.
 */
export async function uploadFor(purpose: UploadPurposeName, name: string, source: UploadSource): Promise<string> {
  const { cloudPath } = await callAction('file.uploadTarget', { purpose, name });
  return uploadFile(cloudPath, source);
}
