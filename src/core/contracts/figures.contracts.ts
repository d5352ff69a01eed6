import * as z from 'zod';
import { SLICE_DIMENSIONS } from '../figures/contributions';
import { isFigureKey } from '../figures/figure-catalogue';
import { date, deferred, id, pageInput, text } from './common.contracts';
import { GROUP_REPLY_TEXT, MAX_TREND_MONTHS } from './figures.fields';

/** Inputs of the figures actions (issue 9 item 1) and of the similar-demand groups (item 6). */

/** A week, month, quarter or year by any date inside it (today when left out), or a custom range. */
export const periodInput = deferred(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['week', 'month', 'quarter', 'year'], { error: '请选择统计期' }), date: date('统计期内的日期').optional() }),
  z.object({ kind: z.literal('custom'), from: date('开始日期'), to: date('结束日期') }),
]));
export type PeriodInput = z.input<typeof periodInput>;

/**
 * Whose figures: the district, or a unit, steward, department or demand category by its id.
 * Without a dimension, the caller's own (the district's, their unit's, their own, their
 * department's); without an id, the caller's own of that dimension.
 */
export const sliceInput = deferred(() => z.object({
  dimension: z.enum(SLICE_DIMENSIONS, { error: '请选择统计范围' }).optional(),
  id: z.string().trim().max(64).optional(),
}));

export const figuresGetInput = deferred(() => z.object({ period: periodInput, slice: sliceInput.default({}) }));

/**
 * A ranking of units or departments (about 42 rows, whole), or of a unit's stewards (hundreds at
 * ten times scale): a page of their rows in rank order (`page`, `pageSize`; ignored for the others).
 */
export const figuresRankingInput = deferred(() => z.object({
  of: z.enum(['units', 'stewards', 'departments'], { error: '请选择排名对象' }),
  /** For stewards: whose unit (a unit admin's own unit when left out). */
  unitId: id('单位').optional(),
  period: periodInput,
  page: z.number({ error: '页码有误' }).int({ error: '页码有误' }).min(1, { error: '页码有误' }).max(1000, { error: '页码有误' }).default(1),
  pageSize: z.number({ error: '每页条数有误' }).int({ error: '每页条数有误' }).min(1, { error: '每页条数应为 1–50' }).max(50, { error: '每页条数应为 1–50' }).default(20),
}));

export const figuresTrendInput = deferred(() => z.object({
  slice: sliceInput.default({}),
  months: z.number().int().min(2).max(MAX_TREND_MONTHS).default(12),
  /** Figure keys to chart; a default set when left out. */
  figures: z.array(z.string().refine(isFigureKey, { error: '未知的指标' })).min(1).max(12).optional(),
}));

export const figuresRepairInput = deferred(() => z.object({
  from: z.string({ error: '请选择起始月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '起始月份格式应为 YYYY-MM' }),
  /** Also count records never counted (data from before the figures existed). */
  full: z.boolean().default(false),
}));

export const similarGroupsInput = deferred(() => z.object({ ...pageInput() }));

/** One answer to every open member of a group; a big group is answered in several calls with the same text. */
export const similarReplyInput = deferred(() => z.object({ groupId: id('诉求组'), text: text(GROUP_REPLY_TEXT) }));
