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

// A required note left empty is asked for plainly (请填写退回原因), a short one with its minimum.
export const stepNoteRule = (label: string, min: number, max: number) => textRule(label, min, max, min > 0 ? { missing: `请填写${label}` } : {});

/** The one text each lifecycle step carries (a note, a reason or a resolution). */
export const STEP_TEXT = {
  withdrawReason: stepNoteRule('撤回原因', 2, 200),
  returnReason: stepNoteRule('退回原因', 4, 300),
  dispatchNote: stepNoteRule('派单说明', 0, 300),
  acceptNote: stepNoteRule('受理说明', 0, 300),
  contactNote: stepNoteRule('联系情况', 4, 500),
  progressNote: stepNoteRule('办理进展', 4, 500),
  materialsNote: stepNoteRule('需补充的材料', 4, 500),
  supplyNote: stepNoteRule('补充说明', 2, 500),
  extendReason: stepNoteRule('延期理由', 4, 300),
  misroutedReason: stepNoteRule('退回理由', 4, 300),
  reassignNote: stepNoteRule('重新派单说明', 0, 300),
  resolution: stepNoteRule('办理结果', 10, 1000),
  rateComment: stepNoteRule('评价', 0, 300),
  callbackNote: stepNoteRule('回访情况', 4, 500),
  rectifyNote: stepNoteRule('整改情况', 10, 1000),
  comment: stepNoteRule('补充说明', 2, 500),
  rectificationOrder: stepNoteRule('整改要求', 4, 500),
  unresolvedReason: stepNoteRule('不予继续整改的理由', 4, 500),
};

/** Filters of the demand lists and their export. */
export const DEMAND_KEYWORD_MAX = 30;
/** A keyword names enterprises; more matches than this must be narrowed first. */
export const DEMAND_KEYWORD_ENTERPRISES = 50;
/** One workbook holds at most this many demands; a wider selection is narrowed first. */
export const DEMAND_EXPORT_MAX_ROWS = 5000;
export const DEMAND_FILTER_MESSAGES = {
  date: '日期格式应为 YYYY-MM-DD',
  period: '开始日期不能晚于结束日期',
  keyword: `企业名称关键词不超过 ${DEMAND_KEYWORD_MAX} 个字`,
  tooManyEnterprises: (n: number) => `名称含该关键词的企业超过 ${n} 家，请输入更完整的企业名称`,
  tooManyRows: (rows: number) => `符合条件的诉求有 ${rows} 条，超过单次导出上限 ${DEMAND_EXPORT_MAX_ROWS} 条，请按单位、时间等缩小范围后再导出`,
};
