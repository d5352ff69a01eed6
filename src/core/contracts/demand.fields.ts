import { textRule } from './text-rule';

/**
 * What the demand actions accept, as plain data: the contracts (demand.contracts.ts,
 * demand-step.contracts.ts) build their schemas from it and the app's forms check drafts with it.
 */
export const DEMAND_TEXT = {
  title: textRule('诉求标题', 2, 50, { short: '标题至少 2 个字', long: '标题不超过 50 个字', missing: '请填写诉求标题' }),
  description: textRule('诉求描述', 10, 1000, {
    short: '描述至少 10 个字，请写清楚需要解决的问题',
    long: '描述不超过 1000 个字',
    missing: '请填写诉求描述',
  }),
};

/** Attachments of a demand: JPG/PNG/PDF (checked by content on the server), 10 MB each, 6 in all. */
export const MAX_ATTACHMENTS = 6;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const TOO_MANY_ATTACHMENTS = `附件最多 ${MAX_ATTACHMENTS} 个`;
export const attachmentTooLarge = (name: string) => `附件「${name}」超过 10 MB，请压缩后再上传`;
export const attachmentWrongType = (name: string) => `附件「${name}」格式不支持，只能上传图片（JPG/PNG）或 PDF`;

/** The one text each lifecycle step carries (a note, a reason or a resolution). */
export const STEP_TEXT = {
  withdrawReason: textRule('撤回原因', 2, 200),
  returnReason: textRule('退回原因', 4, 300),
  dispatchNote: textRule('派单说明', 0, 300),
  acceptNote: textRule('受理说明', 0, 300),
  contactNote: textRule('联系情况', 4, 500),
  progressNote: textRule('办理进展', 4, 500),
  materialsNote: textRule('需补充的材料', 4, 500),
  supplyNote: textRule('补充说明', 2, 500),
  extendReason: textRule('延期理由', 4, 300),
  misroutedReason: textRule('退回理由', 4, 300),
  reassignNote: textRule('重新派单说明', 0, 300),
  resolution: textRule('办理结果', 10, 1000),
  rateComment: textRule('评价', 0, 300),
  callbackNote: textRule('回访情况', 4, 500),
  rectifyNote: textRule('整改情况', 10, 1000),
};
