import * as z from 'zod';
import { DEMAND_CATEGORIES, URGENCIES } from '../demand/demand.model';
import { RESOLUTION_ANSWERS, SATISFACTION_LEVELS } from '../demand/satisfaction';
import { DEMAND_TEXT, MAX_ATTACHMENTS, STEP_TEXT, TOO_MANY_ATTACHMENTS } from './demand.fields';
import { date, deferred, once, optionalText, text, visible } from './common.contracts';

/** Inputs of the lifecycle steps. Every step names the version it saw: a stale step is refused. */
const target = once(() => ({
  id: z.string({ error: '缺少诉求编号' }).min(1).max(64),
  version: z.number({ error: '缺少版本号，请刷新后重试' }).int().min(1),
}));
export const departmentId = deferred(() => z.string({ error: '请选择承办部门' }).min(1, { error: '请选择承办部门' }).max(64));
export const COMPLEXITIES = ['simple', 'complex'] as const;

export const attachmentInput = deferred(() => z.object({
  fileID: z.string().min(1).max(300),
  name: visible(z.string().trim().min(1).max(100), '附件名称'),
}));
/** A file already uploaded to cloud storage, named as the person picked it. */
export type AttachmentRef = z.input<typeof attachmentInput>;
export const attachmentsInput = deferred(() => z.array(attachmentInput).max(MAX_ATTACHMENTS, { error: TOO_MANY_ATTACHMENTS }).default([]));

export const stepInputs = {
  revise: deferred(() => z.object({
    ...target(),
    category: z.enum(DEMAND_CATEGORIES, { error: '请选择诉求类别' }),
    title: text(DEMAND_TEXT.title),
    description: text(DEMAND_TEXT.description),
    urgency: z.enum(URGENCIES).default('normal'),
    attachments: attachmentsInput,
  })),
  withdraw: deferred(() => z.object({ ...target(), reason: text(STEP_TEXT.withdrawReason) })),
  return: deferred(() => z.object({ ...target(), reason: text(STEP_TEXT.returnReason) })),
  dispatch: deferred(() => z.object({
    ...target(),
    departmentId,
    complexity: z.enum(COMPLEXITIES, { error: '请选择办理类型' }),
    note: optionalText(STEP_TEXT.dispatchNote),
  })),
  accept: deferred(() => z.object({ ...target(), note: optionalText(STEP_TEXT.acceptNote) })),
  recordContact: deferred(() => z.object({ ...target(), note: text(STEP_TEXT.contactNote) })),
  progress: deferred(() => z.object({ ...target(), note: text(STEP_TEXT.progressNote) })),
  requestMaterials: deferred(() => z.object({ ...target(), note: text(STEP_TEXT.materialsNote) })),
  supplyMaterials: deferred(() => z.object({ ...target(), note: text(STEP_TEXT.supplyNote), attachments: attachmentsInput })),
  extend: deferred(() => z.object({ ...target(), reason: text(STEP_TEXT.extendReason), newDueDate: date('新的承诺办结日期') })),
  returnMisrouted: deferred(() => z.object({ ...target(), reason: text(STEP_TEXT.misroutedReason) })),
  reassign: deferred(() => z.object({
    ...target(),
    departmentId,
    complexity: z.enum(COMPLEXITIES).optional(),
    note: optionalText(STEP_TEXT.reassignNote),
  })),
  resolve: deferred(() => z.object({ ...target(), resolution: text(STEP_TEXT.resolution) })),
  rate: deferred(() => z.object({
    ...target(),
    resolved: z.enum(RESOLUTION_ANSWERS, { error: '请选择诉求是否解决' }),
    satisfaction: z.enum(SATISFACTION_LEVELS, { error: '请选择满意度' }),
    comment: optionalText(STEP_TEXT.rateComment),
  })),
  callback: deferred(() => z.object({ ...target(), note: text(STEP_TEXT.callbackNote) })),
  rectify: deferred(() => z.object({ ...target(), note: text(STEP_TEXT.rectifyNote) })),
  comment: deferred(() => z.object({ ...target(), note: text(STEP_TEXT.comment) })),
  /** The district's decision on a bad review of the rectification: rectify again, by this department. */
  orderRectification: deferred(() => z.object({ ...target(), departmentId, note: text(STEP_TEXT.rectificationOrder) })),
  /** …or close the demand as unresolved, saying why. */
  closeUnresolved: deferred(() => z.object({ ...target(), reason: text(STEP_TEXT.unresolvedReason) })),
};

/** The lifecycle steps a person can take (auto-close is the system's). */
export type StepName = keyof typeof stepInputs;
