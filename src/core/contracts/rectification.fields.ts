import { textRule } from './text-rule';

export const RECTIFICATION_TEXT = {
  measure: textRule('整改措施', 6, 300),
  owner: textRule('责任人', 2, 30),
  returnReason: textRule('退回理由', 6, 500),
  acceptNote: textRule('审核意见', 0, 500),
  evidence: textRule('完成情况', 10, 1000, { short: '请写明完成情况和佐证（至少 10 个字）' }),
};
export const MAX_EVIDENCE_ATTACHMENTS = 6;
/** A measure's due date lies within a year of the day it is written. */
export const MAX_MEASURE_DAYS_AHEAD = 366;
