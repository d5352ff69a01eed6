import * as z from 'zod';
import { DEMAND_CATEGORIES, DEMAND_STATUSES, URGENCIES } from '../demand/demand.model';
import { attachmentsInput, COMPLEXITIES, departmentId } from './demand-step.contracts';
import { DEMAND_FILTER_MESSAGES, DEMAND_KEYWORD_MAX, DEMAND_TEXT } from './demand.fields';
import { deferred, id, once, pageInput, text } from './common.contracts';

/** Inputs of the demand actions, shared by the cloud functions (validation) and the app (types). */

export const demandSubmitInput = deferred(() => z.object({
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
}));

/**
 * What a demand list or its export selects, within the caller's scope: a filter outside the scope
 * (another unit, another department) is refused. The watch lists of the unit and the district use
 * them all; each is answered by an index (server/db/collections.ts).
 */
const demandFilterFields = once(() => ({
  status: z.enum(DEMAND_STATUSES).optional(),
  category: z.enum(DEMAND_CATEGORIES).optional(),
  /** Only demands whose running deadline has been missed (督办), longest overdue first. */
  overdue: z.boolean().optional(),
  /** Only demands escalated to the unit and the district after repeated misses, latest first. */
  escalated: z.boolean().optional(),
  enterpriseId: z.string().min(1).max(64).optional(),
  unitId: id('单位').optional(),
  departmentId: id('部门').optional(),
  /** The demands of one steward's enterprises (from the steward's page). */
  stewardId: id('管家').optional(),
  /** Submitted between these Shanghai days, both included. */
  from: z.iso.date({ error: DEMAND_FILTER_MESSAGES.date }).optional(),
  to: z.iso.date({ error: DEMAND_FILTER_MESSAGES.date }).optional(),
  /** Part of the enterprise's name. */
  keyword: z.string().trim().max(DEMAND_KEYWORD_MAX, { error: DEMAND_FILTER_MESSAGES.keyword }).optional(),
}));

const forwards = (f: { from?: string; to?: string }) => !f.from || !f.to || f.from <= f.to;
const period = { path: ['to'], message: DEMAND_FILTER_MESSAGES.period };

export const demandListInput = deferred(() => z.object({ ...demandFilterFields(), ...pageInput() }).refine(forwards, period));

/** The same selection as an Excel workbook (all rows, up to the export limit). */
export const demandExportInput = deferred(() => z.object(demandFilterFields()).refine(forwards, period));

export const demandGetInput = deferred(() => z.object({ id: id('诉求编号') }));
