import { z } from 'zod';
import { DEMAND_CATEGORIES, DEMAND_STATUSES, URGENCIES } from '../demand/demand.model';
import { attachmentsInput, COMPLEXITIES, departmentId } from './demand-step.contracts';
import { DEMAND_TEXT } from './demand.fields';
import { id, pageInput, text } from './common.contracts';

/** Inputs of the demand actions, shared by the cloud functions (validation) and the app (types). */

export const demandSubmitInput = z.object({
  category: z.enum(DEMAND_CATEGORIES, { error: '请选择诉求类别' }),
  title: text(DEMAND_TEXT.title),
  description: text(DEMAND_TEXT.description),
  urgency: z.enum(URGENCIES).default('normal'),
  /** Generated once per draft on the device, so a retried submission creates one demand. */
  clientRequestId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: '请求编号格式不正确' })
    .optional(),
  /** Only for a steward submitting on an enterprise's behalf (代提). */
  enterpriseId: z.string().min(1).max(64).optional(),
  /** 代提 only: the steward dispatches it at once, to this department, as simple or complex. */
  departmentId: departmentId.optional(),
  complexity: z.enum(COMPLEXITIES, { error: '请选择办理类型' }).optional(),
  /** Uploaded first with the cloud storage API; checked on the server (type, size). */
  attachments: attachmentsInput,
});

export const demandListInput = z.object({
  status: z.enum(DEMAND_STATUSES).optional(),
  category: z.enum(DEMAND_CATEGORIES).optional(),
  /** Only demands whose running deadline has been missed (督办). */
  overdue: z.boolean().optional(),
  enterpriseId: z.string().min(1).max(64).optional(),
  ...pageInput,
});

export const demandGetInput = z.object({ id: id('诉求编号') });
