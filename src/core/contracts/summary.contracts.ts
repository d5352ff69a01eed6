import * as z from 'zod';
import { SECTION_KEYS, SUMMARY_STATES_BY_NEED } from '../summary/summary.model';
import { deferred, id, once, pageInput, text } from './common.contracts';
import { RETURN_REASON_TEXT, SECTION_TEXT } from './summary.fields';

/** Inputs of the annual summary actions (issue 11 item 1, guideline art. 8). */

const year = once(() => z.number({ error: '请选择年度' }).int().min(2024, { error: '年度有误' }).max(2100, { error: '年度有误' }));
const version = once(() => z.number({ error: '缺少版本号' }).int().min(0));

export const sectionsInput = deferred(() => z.object(Object.fromEntries(SECTION_KEYS.map((k) => [k, text(SECTION_TEXT[k]).default('')])) as { [K in (typeof SECTION_KEYS)[number]]: z.ZodDefault<ReturnType<typeof text>> }));

/** The caller's own summary of a year (a steward's personal one, a unit admin's unit one). */
export const summaryYearInput = deferred(() => z.object({ year: year() }));

/** Save (or submit) the caller's own summary: `version` 0 creates it, otherwise it must be the version read. */
export const summaryWriteInput = deferred(() => z.object({ year: year(), version: version(), sections: sectionsInput }));

export const summaryIdInput = deferred(() => z.object({ id: id('年度总结') }));

/**
 * A reviewer's list. 'units': every unit's summary (the district; ~40 rows, all at once).
 * 'stewards': one unit's stewards (a unit admin's own unit, or any for the district), a page of
 * one state at a time, the reviewer's queue first.
 */
export const summaryListInput = deferred(() => z.discriminatedUnion('of', [
  z.object({ of: z.literal('units'), year: year() }),
  z.object({
    of: z.literal('stewards'),
    year: year(),
    unitId: id('单位').optional(),
    state: z.enum([...SUMMARY_STATES_BY_NEED], { error: '请选择总结状态' }).default(SUMMARY_STATES_BY_NEED[0]),
    ...pageInput(),
  }),
], { error: '请选择列表' }));

export const summaryReturnInput = deferred(() => z.object({ id: id('年度总结'), version: version(), reason: text(RETURN_REASON_TEXT) }));
export const summaryAcceptInput = deferred(() => z.object({ id: id('年度总结'), version: version() }));

export const summarySetDeadlineInput = deferred(() => z.object({ year: year(), deadline: z.iso.date({ error: '请选择截止日期' }), version: version() }));
