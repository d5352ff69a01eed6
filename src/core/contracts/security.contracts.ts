import * as z from 'zod';
import { deferred, pageInput } from './common.contracts';

/** security.refusals: refused calls per caller and hour, newest hour first. */
export const refusalListInput = deferred(() => z.object({
  from: z.iso.date({ error: '开始日期格式应为 YYYY-MM-DD' }).optional(),
  to: z.iso.date({ error: '结束日期格式应为 YYYY-MM-DD' }).optional(),
  userId: z.string().trim().min(1).max(64).optional(),
  ...pageInput(),
}));
