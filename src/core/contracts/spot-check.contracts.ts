import * as z from 'zod';
import { SPOT_CHECK_RESULTS } from '../spot-check/spot-check.model';
import { date, deferred, id, optionalText, pageInput } from './common.contracts';
import { FALSE_NOTE_MIN, SPOT_CHECK_NOTE } from './spot-check.fields';

export const spotCheckItemsInput = deferred(() => z.object({
  /** The Monday of the list's week; the latest draw's week when left out. */
  week: date('抽查周').optional(),
  unitId: id('单位').optional(),
  state: z.enum(['open', 'verified', 'all']).default('all'),
  ...pageInput(),
}));
export const spotCheckDrawsInput = deferred(() => z.object({ ...pageInput() }));
export const spotCheckFindingsInput = deferred(() => z.object({ unitId: id('单位').optional(), ...pageInput() }));
export const spotCheckVerifyInput = deferred(() => z
  .object({ id: id('抽查记录'), result: z.enum(SPOT_CHECK_RESULTS, { error: '请选择核实结果' }), note: optionalText(SPOT_CHECK_NOTE) })
  .refine((v) => v.result !== '不属实' || v.note.length >= FALSE_NOTE_MIN, { error: `不属实的须写明核实情况（至少 ${FALSE_NOTE_MIN} 个字）`, path: ['note'] }));
export const spotCheckConfigureInput = deferred(() => z.object({ unitAdminsVerify: z.boolean({ error: '请选择是否允许单位总管家核实' }) }));
