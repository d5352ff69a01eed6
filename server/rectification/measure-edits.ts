import { MAX_MEASURE_DAYS_AHEAD } from '../../src/core/contracts/rectification.fields';
import { invalid } from '../../src/core/errors';
import { addCalendarDays, endOfShanghaiDay, shanghaiDate } from '../../src/core/time/shanghai';
import { newId } from '../db/codes';
import type { MeasureDoc } from '../db/rectification-plan.repo';

export interface MeasureDraft {
  id?: string;
  text: string;
  owner: string;
  dueDate: string;
}

/**
 * The measures as the unit wrote them, checked against the plan's: an edited measure keeps its
 * id, a new one gets one; due dates lie from today to a year ahead.
 */
export const applyMeasureDrafts = (existing: readonly MeasureDoc[], drafts: readonly MeasureDraft[], now: Date): MeasureDoc[] => {
  const today = shanghaiDate(now);
  const latest = addCalendarDays(today, MAX_MEASURE_DAYS_AHEAD);
  const known = new Set(existing.map((m) => m.id));
  return drafts.map((d, index) => {
    if (d.id && !known.has(d.id)) throw invalid('整改措施已变化，请刷新后重试', { [`measures.${index}`]: '这条措施已不存在' });
    if (d.dueDate < today) throw invalid('完成时限不能早于今天', { [`measures.${index}.dueDate`]: '完成时限不能早于今天' });
    if (d.dueDate > latest) throw invalid('完成时限应在一年之内', { [`measures.${index}.dueDate`]: '完成时限应在一年之内' });
    return { id: d.id ?? newId().slice(0, 12), text: d.text, owner: d.owner, dueDate: d.dueDate, dueAt: endOfShanghaiDay(d.dueDate) };
  });
};
