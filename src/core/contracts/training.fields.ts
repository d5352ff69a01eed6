import { textRule } from './text-rule';

/** What the training actions accept, as plain data the forms check too. */
export const COURSE_TEXT = {
  title: textRule('课程名称', 4, 60),
  summary: textRule('课程简介', 10, 500),
  venue: textRule('活动地点', 2, 100),
  caseText: textRule('案例正文', 50, 5000),
};
/** A document course is given as its page images (slides or scanned pages), at most this many. */
export const MAX_DOCUMENT_PAGES = 60;
/** Cloud functions hold the file in memory to read its length: keep videos compressed (a 20-minute 480p talk is ~40 MB). */
export const MAX_VIDEO_BYTES = 60 * 1024 * 1024;
export const MAX_PAGE_IMAGE_BYTES = 5 * 1024 * 1024;
/** Lectures and visits last at most a day. */
export const MAX_SESSION_HOURS = 12;
export const SESSION_TIMES_MESSAGE = '结束时间须晚于开始时间，且不超过 12 小时';
