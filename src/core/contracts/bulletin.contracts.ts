import * as z from 'zod';
import { BULLETIN_EXPORT_FORMATS } from '../bulletin/bulletin.model';
import { deferred, id, pageInput, text } from './common.contracts';
import { BULLETIN_TEXT } from './bulletin.fields';

/** Inputs of the monthly bulletin's actions (issue 9 item 3). */

export const bulletinListInput = deferred(() => z.object({ ...pageInput() }));

/** A bulletin; the district may ask for one unit's detail with it (a unit admin always gets their own). */
export const bulletinGetInput = deferred(() => z.object({ id: id('月通报'), unitId: id('单位').optional() }));

/** A page of one unit's steward lines after the first (which `bulletin.get` carries); same access as its detail. */
export const bulletinStewardsInput = deferred(() => z.object({ id: id('月通报'), unitId: id('单位').optional(), ...pageInput() }));

/** The district's review of a draft: the version it saw, and the remarks and/or the edited summary. */
export const bulletinUpdateInput = deferred(() => z
  .object({
    id: id('月通报'),
    version: z.number({ error: '缺少版本号' }).int().min(1),
    summary: text(BULLETIN_TEXT.summary).optional(),
    remarks: text(BULLETIN_TEXT.remarks).optional(),
  })
  .refine((i) => i.summary !== undefined || i.remarks !== undefined, { error: '请修改摘要或填写意见' }));

export const bulletinPublishInput = deferred(() => z.object({ id: id('月通报'), version: z.number({ error: '缺少版本号' }).int().min(1) }));

export const bulletinExportInput = deferred(() => z.object({ id: id('月通报'), format: z.enum(BULLETIN_EXPORT_FORMATS, { error: '请选择导出格式（Excel 或 PDF）' }) }));
