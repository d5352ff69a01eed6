import * as z from 'zod';
import { DEFAULT_PLAN_WORKING_DAYS } from '../rectification/rectification.model';
import { date, deferred, id, pageInput, text } from './common.contracts';
import { INTERVIEW_TEXT } from './interview.fields';

export const interviewRecordInput = deferred(() => z.object({
  /** Any date in the quarter discussed (usually the quarter just ended). */
  quarterDate: date('约谈的季度'),
  unitId: id('单位'),
  date: date('约谈日期'),
  attendees: text(INTERVIEW_TEXT.attendees),
  problems: text(INTERVIEW_TEXT.problems),
  commitments: text(INTERVIEW_TEXT.commitments),
  /** Ask the unit for a rectification plan, due in this many working days (0: none). */
  planWorkingDays: z.number({ error: '请填写整改方案的提交期限' }).int().min(0).max(60, { error: '提交期限不超过 60 个工作日' }).default(DEFAULT_PLAN_WORKING_DAYS),
  /** Makes a retried record land once. */
  clientRequestId: z.string().min(8).max(64),
}));

export const interviewListInput = deferred(() => z.object({ unitId: id('单位').optional(), ...pageInput() }));
