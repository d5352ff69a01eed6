import { AppError } from '../../src/core/errors';
import { CONTENT_TYPES, UPLOAD_PURPOSES, uploadMessages, uploadTypeOf, type FileType, type UploadPurpose, type UploadPurposeName } from '../../src/core/files/upload.rules';
import type { ActionContext } from '../runtime/action-context';
import { mayAccess } from '../runtime/access';
import type { AttachmentDoc } from '../db/demand.repo';
import { uploadRepo, type UploadDoc } from '../db/upload.repo';
import { isMp4 } from './mp4-duration';

/** What a file's first bytes say it is, whatever its name says: only the types uploads may have. */
export const sniffFileType = (head: Buffer): FileType | null => {
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpg';
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  // An .xlsx is a zip archive; the sheet reader checks what is inside.
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  // An MP4 opens with its `ftyp` box (size, then the type at offset 4); the course reads its length too.
  if (isMp4(head)) return 'mp4';
  return null;
};

/** A file an action was given: its fileID and, where the form has one, the name the person picked. */
export interface GivenFile {
  fileID: string;
  name?: string;
}

/**
 * The files an action takes from its caller, checked before anything is saved. A file already
 * on the record stays as it is. Any other must sit at a path issued to the caller for this
 * purpose (so nobody can cite another person's upload), carry a name of a type the purpose
 * takes, begin with that type's bytes (a PDF named .html or .png is refused), and fit its size.
 * `field` names the input list, so each refusal points at its entry (`attachments.0`).
 */
export const acceptUploads = async (ctx: ActionContext, purposeName: UploadPurposeName, given: GivenFile[], field: string, attached: readonly AttachmentDoc[] = []): Promise<AttachmentDoc[]> => {
  const onRecord = new Map(attached.map((a) => [a.fileID, a]));
  const fresh = given.filter((f) => !onRecord.has(f.fileID)).map((f) => f.fileID);
  const issued = fresh.length ? await uploadRepo.issuedFor(ctx.db, fresh) : new Map<string, UploadDoc>();
  const accepted: AttachmentDoc[] = [];
  for (const [index, file] of given.entries()) {
    accepted.push(onRecord.get(file.fileID) ?? (await acceptOne(ctx, purposeName, file, issued.get(file.fileID), `${field}.${index}`)).file);
  }
  return accepted;
};

/** One file given alone (an import, a policy's attachment, a course video), checked as acceptUploads checks each; with its content. */
export const acceptUpload = async (ctx: ActionContext, purposeName: UploadPurposeName, file: GivenFile, field: string): Promise<{ file: AttachmentDoc; content: Buffer }> =>
  acceptOne(ctx, purposeName, file, (await uploadRepo.issuedFor(ctx.db, [file.fileID])).get(file.fileID), field);

const acceptOne = async (ctx: ActionContext, purposeName: UploadPurposeName, file: GivenFile, upload: UploadDoc | undefined, path: string): Promise<{ file: AttachmentDoc; content: Buffer }> => {
  const purpose: UploadPurpose = UPLOAD_PURPOSES[purposeName];
  const refuse = (message: string, code: 'VALIDATION_FAILED' | 'FORBIDDEN' = 'VALIDATION_FAILED') => new AppError(code, message, { [path]: message });
  // Someone else's upload is refused under the name the caller gave, never the one its owner picked.
  if (!upload || upload.purpose !== purposeName || !mayAccess(ctx.user, 'upload', upload)) throw refuse(uploadMessages.notYours(purpose, purpose.confidential ? '' : (file.name ?? '')), 'FORBIDDEN');
  const name = file.name ?? upload.name;
  // A refusal is audited with its message; a confidential file's name stays out of the log (the field still points at it).
  const said = purpose.confidential ? '' : name;
  const type = uploadTypeOf(purpose, name);
  if (!type) throw refuse(uploadMessages.wrongType(purpose, said));
  // The path was issued for the name given then; another type now means another file.
  if (uploadTypeOf(purpose, upload.cloudPath) !== type) throw refuse(uploadMessages.contentMismatch(purpose, said));
  let content: Buffer;
  try {
    content = await ctx.files.download(file.fileID);
  } catch {
    throw refuse(uploadMessages.notUploaded(purpose, said));
  }
  const actual = sniffFileType(content);
  // Content of no accepted type is refused as such; a PDF named .png (or .html) as a mismatch.
  if (!actual) throw refuse(uploadMessages.wrongType(purpose, said));
  if (actual !== type) throw refuse(uploadMessages.contentMismatch(purpose, said));
  if (content.length > purpose.maxBytes) throw refuse(uploadMessages.tooLarge(purpose, said));
  return { file: { fileID: file.fileID, name, contentType: CONTENT_TYPES[type], size: content.length }, content };
};
