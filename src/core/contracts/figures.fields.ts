import { textRule } from './text-rule';

/** Limits of the figures and similar-demand inputs, as plain data (the app's forms read them too). */
export const MAX_TREND_MONTHS = 24;
/**
 * Demands answered by one call of a group reply: each gets a timeline line and its people a
 * message, so a call stays well inside the function's time; a bigger group takes more calls.
 */
export const MAX_GROUP_REPLY = 100;
export const GROUP_REPLY_TEXT = textRule('统一答复', 10, 1000);
