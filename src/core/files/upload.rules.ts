import { MAX_ATTACHMENT_BYTES } from '../contracts/demand.fields';
import { MAX_VIDEO_BYTES } from '../contracts/training.fields';
import { ROLES, type Role } from '../roles';

/**
 * Files people upload, by what they are for. The server issues each upload a path under the
 * uploader's own folder (`file.uploadTarget`), and an action takes a file only from a path it
 * issued to its caller for that purpose, or one already attached to the record. The name's
 * extension says what the file must be, and the server reads its first bytes to check.
 */
export type FileType = 'jpg' | 'png' | 'pdf' | 'xlsx' | 'mp4';

export const FILE_TYPE_OF_EXTENSION: Readonly<Record<string, FileType>> = { jpg: 'jpg', jpeg: 'jpg', png: 'png', pdf: 'pdf', xlsx: 'xlsx', mp4: 'mp4' };

export const CONTENT_TYPES: Readonly<Record<FileType, string>> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  mp4: 'video/mp4',
};

export interface UploadPurpose {
  /** What the file is, in messages: 附件「x」… */
  label: string;
  roles: readonly Role[];
  extensions: readonly string[];
  /** The extensions as a person reads them. */
  kinds: string;
  maxBytes: number;
  /** The file's name stays out of the audit log: it may say what a confidential report is about. */
  confidential?: boolean;
}

const MB = 1024 * 1024;

export const UPLOAD_PURPOSES = {
  demand: { label: '附件', roles: ['enterprise', 'steward'], extensions: ['jpg', 'jpeg', 'png', 'pdf'], kinds: '图片（JPG/PNG）或 PDF', maxBytes: MAX_ATTACHMENT_BYTES },
  checkIn: { label: '照片', roles: ['steward', 'liaison'], extensions: ['jpg', 'jpeg', 'png'], kinds: '图片（JPG/PNG）', maxBytes: 10 * MB },
  policy: { label: '政策附件', roles: ['district_admin'], extensions: ['pdf', 'jpg', 'jpeg', 'png'], kinds: 'PDF 或图片（JPG/PNG）', maxBytes: 20 * MB },
  import: { label: '导入文件', roles: ['district_admin'], extensions: ['xlsx'], kinds: 'Excel（.xlsx）', maxBytes: 10 * MB },
  // Evidence that a rectification measure is done, reported by the unit's admin.
  rectification: { label: '佐证材料', roles: ['unit_admin'], extensions: ['jpg', 'jpeg', 'png', 'pdf'], kinds: '图片（JPG/PNG）或 PDF', maxBytes: MAX_ATTACHMENT_BYTES },
  // Anyone bound may report; the path sits in the reporter's folder, which only they and the functions see.
  integrity: { label: '附件', roles: ROLES, extensions: ['jpg', 'jpeg', 'png', 'pdf'], kinds: '图片（JPG/PNG）或 PDF', maxBytes: MAX_ATTACHMENT_BYTES, confidential: true },
  // A video or a document's page images (the reader shows pages as pictures); the function reads a video whole, hence its limit.
  course: { label: '课程材料', roles: ['district_admin'], extensions: ['mp4', 'jpg', 'jpeg', 'png'], kinds: 'MP4 视频或图片（JPG/PNG）', maxBytes: MAX_VIDEO_BYTES },
  researchPlan: { label: '调研方案', roles: ['steward'], extensions: ['pdf', 'jpg', 'jpeg', 'png'], kinds: 'PDF 或图片（JPG/PNG）', maxBytes: MAX_ATTACHMENT_BYTES },
} as const satisfies Record<string, UploadPurpose>;

export type UploadPurposeName = keyof typeof UPLOAD_PURPOSES;
export const UPLOAD_PURPOSE_NAMES = Object.keys(UPLOAD_PURPOSES) as [UploadPurposeName, ...UploadPurposeName[]];

/** The extension of a file name, lower case, or ''. */
export const extensionOf = (name: string): string => /\.([A-Za-z0-9]+)$/.exec(name.trim())?.[1].toLowerCase() ?? '';

/** 「name」, or nothing when the name is not to be repeated. */
const quoted = (name: string) => (name ? `「${name}」` : '');

export const uploadMessages = {
  wrongType: (purpose: UploadPurpose, name: string) => `${purpose.label}${quoted(name)}格式不支持，只能上传${purpose.kinds}`,
  contentMismatch: (purpose: UploadPurpose, name: string) => `${purpose.label}${quoted(name)}的内容与文件类型不符，请重新选择文件`,
  tooLarge: (purpose: UploadPurpose, name: string) => `${purpose.label}${quoted(name)}超过 ${Math.round(purpose.maxBytes / MB)} MB，请压缩后再上传`,
  // Without a name the caller gave: the name the owner picked is not theirs to learn.
  notYours: (purpose: UploadPurpose, name: string) => `${purpose.label}${quoted(name)}不是您本人上传的文件，请重新上传`,
  notUploaded: (purpose: UploadPurpose, name: string) => `${purpose.label}${quoted(name)}上传未完成，请重新上传`,
  roleRefused: (purpose: UploadPurpose) => `您的账号不能上传${purpose.label}`,
};

/** The file type a name may carry for a purpose, or undefined when the purpose does not take it. */
export const uploadTypeOf = (purpose: UploadPurpose, name: string): FileType | undefined => {
  const extension = extensionOf(name);
  return purpose.extensions.includes(extension) ? FILE_TYPE_OF_EXTENSION[extension] : undefined;
};

/** Where the app puts a file it is about to upload (the answer of `file.uploadTarget`). */
export interface UploadTarget {
  cloudPath: string;
}
