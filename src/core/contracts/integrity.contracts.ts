import * as z from 'zod';
import { INTEGRITY_CATEGORIES } from '../integrity/integrity.model';
import { deferred, id, pageInput, text } from './common.contracts';
import { attachmentInput } from './demand-step.contracts';
import { INTEGRITY_TEXT, MAX_INTEGRITY_ATTACHMENTS } from './integrity.fields';

export const integritySubmitInput = deferred(() => z.object({
  category: z.enum(INTEGRITY_CATEGORIES, { error: '请选择反映的问题类别' }),
  description: text(INTEGRITY_TEXT.description),
  attachments: z.array(attachmentInput).max(MAX_INTEGRITY_ATTACHMENTS, { error: `附件最多 ${MAX_INTEGRITY_ATTACHMENTS} 个` }).default([]),
  /** Keep the reporter's identity from the unit, should the district involve it. */
  anonymous: z.boolean().default(false),
  /** Makes a retried submission land once. */
  clientRequestId: z.string().min(8).max(64),
}));

export const integrityListInput = deferred(() => z.object({ state: z.enum(['open', 'closed', 'all']).default('open'), ...pageInput() }));
export const integrityIdInput = deferred(() => z.object({ id: id('举报') }));
export const integrityNoteInput = deferred(() => z.object({ id: id('举报'), note: text(INTEGRITY_TEXT.note) }));
export const integrityConcludeInput = deferred(() => z.object({
  id: id('举报'),
  outcome: z.enum(['confirmed', 'not_confirmed'], { error: '请选择认定结果' }),
  findings: text(INTEGRITY_TEXT.findings),
  /** The steward the finding concerns: required when confirmed (the assessment counts it). */
  stewardId: id('管家').optional(),
}).refine((c) => c.outcome !== 'confirmed' || !!c.stewardId, { error: '查实的问题须指明涉及的服务管家', path: ['stewardId'] }));
export const integrityReplyInput = deferred(() => z.object({ id: id('举报'), reply: text(INTEGRITY_TEXT.reply) }));
export const integrityReadsInput = deferred(() => z.object({ id: id('举报'), ...pageInput() }));
