import { fileUploadTargetInput } from '../../src/core/contracts/file.contracts';
import { forbidden, invalid } from '../../src/core/errors';
import { extensionOf, UPLOAD_PURPOSES, uploadMessages, uploadTypeOf, type UploadPurpose, type UploadTarget } from '../../src/core/files/upload.rules';
import { defineAction } from '../runtime/define-action';
import { uploadRepo } from '../db/upload.repo';

/**
 * Before the app uploads a file it asks here where to put it: a fresh path in the caller's own
 * folder, recorded as issued to them for this purpose. Actions take files only from such paths
 * (uploaded-files.ts), so a fileID someone else uploaded is refused wherever it is cited.
 */
const fileUploadTarget = defineAction({
  name: 'file.uploadTarget',
  roles: 'bound',
  input: fileUploadTargetInput,
  writes: 'uploads',
  summary: '为要上传的文件分配本人专属的存储路径',
  async handler(input, ctx): Promise<UploadTarget> {
    const purpose: UploadPurpose = UPLOAD_PURPOSES[input.purpose];
    if (!purpose.roles.includes(ctx.user.role)) throw forbidden(uploadMessages.roleRefused(purpose));
    // Every district admin reads the audit log, refusals included; a confidential report's files are read
    // only through the report, where each read is logged, so their names stay out of it.
    const logged = purpose.confidential ? '' : input.name;
    if (!uploadTypeOf(purpose, input.name)) throw invalid(uploadMessages.wrongType(purpose, logged), { name: uploadMessages.wrongType(purpose, logged) });
    const upload = await uploadRepo.issue(ctx.db, ctx.user._id, input.purpose, input.name, extensionOf(input.name), ctx.now());
    ctx.audit.record(upload._id, `准备上传${purpose.label}${logged ? `「${logged}」` : ''}`);
    return { cloudPath: upload.cloudPath };
  },
});

export const fileActions = [fileUploadTarget];
