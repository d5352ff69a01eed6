import { z } from 'zod';
import { DEMAND_CATEGORIES, DEMAND_STATUSES, URGENCIES } from '../demand/demand.model';
import { attachmentsInput } from './demand-step.contracts';

/** Inputs of the demand actions, shared by the cloud functions (validation) and the app (types). */

export const demandSubmitInput = z.object({
  category: z.enum(DEMAND_CATEGORIES, { error: '请选择诉求类别' }),
  title: z
    .string({ error: '请填写诉求标题' })
    .trim()
    .min(2, { error: '标题至少 2 个字' })
    .max(50, { error: '标题不超过 50 个字' }),
  description: z
    .string({ error: '请填写诉求描述' })
    .trim()
    .min(10, { error: '描述至少 10 个字，请写清楚需要解决的问题' })
    .max(1000, { error: '描述不超过 1000 个字' }),
  urgency: z.enum(URGENCIES).default('normal'),
  /** Generated once per draft on the device, so a retried submission creates one demand. */
  clientRequestId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: '请求编号格式不正确' })
    .optional(),
  /** Only for a steward submitting on an enterprise's behalf (代提). */
  enterpriseId: z.string().min(1).max(64).optional(),
  /** Uploaded first with the cloud storage API; checked on the server (type, size). */
  attachments: attachmentsInput,
});
export type DemandSubmitInput = z.input<typeof demandSubmitInput>;

export const pageInput = {
  page: z.number().int().min(1).max(1000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
};

export const demandListInput = z.object({
  status: z.enum(DEMAND_STATUSES).optional(),
  category: z.enum(DEMAND_CATEGORIES).optional(),
  /** Only demands whose running deadline has been missed (督办). */
  overdue: z.boolean().optional(),
  enterpriseId: z.string().min(1).max(64).optional(),
  ...pageInput,
});
export type DemandListInput = z.input<typeof demandListInput>;

export const demandGetInput = z.object({ id: z.string({ error: '缺少诉求编号' }).min(1).max(64) });
export type DemandGetInput = z.input<typeof demandGetInput>;
