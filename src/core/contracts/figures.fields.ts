import { textRule } from './text-rule';

/** Limits of the figures and similar-demand inputs, as plain data (the app's forms read them too). */
export const MAX_TREND_MONTHS = 24;
/** Demands answered in one group reply: each gets a timeline line and notices, so a call stays short. */
export const MAX_GROUP_REPLY = 200;
export const GROUP_REPLY_TEXT = textRule('统一答复', 10, 1000);
