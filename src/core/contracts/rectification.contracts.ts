import * as z from 'zod';
import { MAX_MEASURES } from '../rectification/rectification.model';
import { date, deferred, id, once, optionalText, pageInput, text } from './common.contracts';
import { attachmentInput } from './demand-step.contracts';
import { MAX_EVIDENCE_ATTACHMENTS, RECTIFICATION_TEXT } from './rectification.fields';

/** Every step names the version it saw: a stale step is refused. */
const target = once(() => ({
  id: id('整改方案'),
  version: z.number({ error: '缺少版本号，请刷新后重试' }).int().min(1),
}));

export const measureInput = deferred(() => z.object({
  /** Kept when editing a measure already drafted; new measures have none. */
  id: z.string().min(1).max(64).optional(),
  text: text(RECTIFICATION_TEXT.measure),
  owner: text(RECTIFICATION_TEXT.owner),
  dueDate: date('完成时限'),
}));

const measures = once(() => z.array(measureInput).max(MAX_MEASURES, { error: `整改措施最多 ${MAX_MEASURES} 条` }));

export const rectificationListInput = deferred(() => z.object({
  state: z.enum(['open', 'closed', 'all']).default('open'),
  unitId: id('单位').optional(),
  ...pageInput(),
}));
export const rectificationIdInput = deferred(() => z.object({ id: id('整改方案') }));
export const rectificationSaveInput = deferred(() => z.object({ ...target(), measures: measures() }));
export const rectificationSubmitInput = deferred(() => z.object({ ...target(), measures: measures().min(1, { error: '请至少填写一条整改措施' }) }));
export const rectificationAcceptInput = deferred(() => z.object({ ...target(), note: optionalText(RECTIFICATION_TEXT.acceptNote) }));
export const rectificationReturnInput = deferred(() => z.object({ ...target(), reason: text(RECTIFICATION_TEXT.returnReason) }));
export const rectificationReportMeasureInput = deferred(() => z.object({
  ...target(),
  measureId: id('整改措施'),
  evidence: text(RECTIFICATION_TEXT.evidence),
  attachments: z.array(attachmentInput).max(MAX_EVIDENCE_ATTACHMENTS, { error: `佐证材料最多 ${MAX_EVIDENCE_ATTACHMENTS} 个` }).default([]),
}));
