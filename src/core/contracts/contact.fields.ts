import { textRule } from './text-rule';

/** What `contact.record` and `contact.update` accept, as plain data for the contract and the form. */
export const CONTACT_TYPES = ['电话', '座谈', '上门走访', '短信/微信', '其他'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];
/** An on-site visit counts only with a check-in from the device. */
export const ON_SITE: ContactType = '上门走访';
export const CHECK_IN_REQUIRED = '上门走访需要现场打卡定位';
export const MAX_CHECK_IN_PHOTOS = 9;

export const CONTACT_TEXT = {
  who: textRule('联系对象', 2, 100),
  topics: textRule('沟通内容', 4, 500),
  outcome: textRule('联系成效', 2, 500),
  nextStep: textRule('下一步安排', 0, 300),
};
