import * as z from 'zod';
import { UPLOAD_PURPOSE_NAMES } from '../files/upload.rules';
import { deferred, visible } from './common.contracts';

/** Asks where to upload one file: what it is for, and its name as the person picked it (its extension decides its type). */
export const fileUploadTargetInput = deferred(() => z.object({
  purpose: z.enum(UPLOAD_PURPOSE_NAMES, { error: '请说明文件的用途' }),
  name: visible(z.string({ error: '缺少文件名' }).trim().min(1, { error: '缺少文件名' }).max(100, { error: '文件名不超过 100 个字' }), '文件名'),
}));
