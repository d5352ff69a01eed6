import { textRule } from './text-rule';

/** What the field-work actions accept (research, policies, preferences, reports), as plain data. */

/** The eight key-information categories of guideline art. 5.5. */
export const REPORT_CATEGORIES = ['经营业绩变动', '重大投融资计划及进展', '新产品和研发重大进展', '董事会/发布会等重大活动', '企业迁入迁出', '企业政策享受', '外省市领导来访调研', '所处行业发展动态'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export const RESEARCH_TEXT = {
  leaders: textRule('调研领导', 2, 200),
  accompanying: textRule('陪同人员', 0, 200),
  topics: textRule('调研内容', 4, 1000),
};
export const PROMISE_TEXT = {
  content: textRule('承诺事项', 4, 300),
  owner: textRule('责任单位或责任人', 2, 50),
};
export const MAX_PROMISES = 20;
/** A planned visit: what it is to be about (调研主题), and why a plan is called off. */
export const PLAN_TOPICS = textRule('调研主题', 4, 500);
export const PLAN_CANCEL_REASON = textRule('取消原因', 2, 200);
/** Closing a promise with its outcome, and the follow-up call after a research visit. */
export const PROMISE_OUTCOME = textRule('办理结果', 4, 500);
export const FOLLOW_UP_NOTE = textRule('回访情况', 4, 500);

export const POLICY_TEXT = {
  title: textRule('政策名称', 4, 100),
  summary: textRule('政策要点', 10, 1000),
  issuer: textRule('发布单位', 2, 50),
};
export const POLICY_LINK_MAX = 300;
export const POLICY_DATES_MESSAGE = '截止日期不能早于生效日期';
/** Industries and tags a policy applies to: chips of up to 20 characters, 20 of each. */
export const MAX_CHIPS = 20;
export const CHIP_MAX_LENGTH = 20;

/** How an enterprise prefers to be contacted (无事不扰). */
export const CONTACT_CHANNELS = ['电话', '微信', '上门', '邮件', '座谈'] as const;
export const PREFERENCE_NOTE_MAX = 200;
export const PREFERENCE_MESSAGES = { noChannel: '请至少选择一种联系方式', tooLong: `不超过 ${PREFERENCE_NOTE_MAX} 个字` };
export const PREFERENCE_TEXT = {
  quietPeriods: textRule('免打扰时段', 0, PREFERENCE_NOTE_MAX, { long: PREFERENCE_MESSAGES.tooLong }),
  note: textRule('其他说明', 0, PREFERENCE_NOTE_MAX, { long: PREFERENCE_MESSAGES.tooLong }),
};
