import { textRule } from './text-rule';

export const INTERVIEW_TEXT = {
  attendees: textRule('参加人员', 2, 300),
  problems: textRule('发现的问题', 10, 2000),
  commitments: textRule('整改承诺', 4, 2000),
};
