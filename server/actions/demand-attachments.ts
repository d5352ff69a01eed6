import { attachmentTooLarge, attachmentWrongType, MAX_ATTACHMENT_BYTES } from '../../src/core/contracts/demand.fields';
import { invalid } from '../../src/core/errors';
import type { FileStore } from '../runtime/action-context';
import type { AttachmentDoc } from '../db/demand.repo';

/** Recognise the file by its first bytes, not by its name: images and PDF only. */
export const sniff = (head: Buffer): string | null => {
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
};

/** Check every uploaded attachment on the server (type and size), before the demand is saved. */
export const checkAttachments = async (files: FileStore, attachments: Array<{ fileID: string; name: string }>): Promise<AttachmentDoc[]> => {
  const checked: AttachmentDoc[] = [];
  for (const [index, a] of attachments.entries()) {
    const field = `attachments.${index}`;
    let content: Buffer;
    try {
      content = await files.download(a.fileID);
    } catch {
      throw invalid(`附件「${a.name}」上传未完成，请重新上传`, { [field]: '附件上传未完成' });
    }
    const contentType = sniff(content);
    if (!contentType) throw invalid(attachmentWrongType(a.name), { [field]: '只能上传 JPG、PNG 或 PDF' });
    if (content.length > MAX_ATTACHMENT_BYTES) throw invalid(attachmentTooLarge(a.name), { [field]: '单个附件不超过 10 MB' });
    checked.push({ fileID: a.fileID, name: a.name, contentType, size: content.length });
  }
  return checked;
};
