import { textRule } from './text-rule';

export const INTEGRITY_TEXT = {
  description: textRule('反映内容', 20, 2000, { short: '请具体写明时间、人员和经过（至少 20 个字）' }),
  note: textRule('调查情况', 4, 1000),
  findings: textRule('认定意见', 10, 1000),
  reply: textRule('答复内容', 10, 1000),
};
export const MAX_INTEGRITY_ATTACHMENTS = 6;
