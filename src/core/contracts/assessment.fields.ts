import { textRule } from './text-rule';

/** What the assessment and selection actions accept, as plain data the forms check too. */
export const ASSESSMENT_TEXT = {
  nominationReason: textRule('推荐理由', 10, 300),
  reviewReason: textRule('审核意见', 0, 200),
  rejectReason: textRule('不通过的理由', 4, 200, { missing: '请填写不通过的理由' }),
};
/** The first year an assessment can be run for, and the working days a unit has for its plan. */
export const FIRST_ASSESSMENT_YEAR = 2024;
export const RECTIFY_DUE_DAYS = { label: '整改方案期限', min: 3, max: 30, default: 10 };
