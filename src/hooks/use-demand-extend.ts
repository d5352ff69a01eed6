import { useState } from 'react';
import { STEP_TEXT } from '@/core/contracts/demand.fields';
import { checkNote, noteLimits } from '@/utils/demand-steps';
import type { DemandDetail } from '@/core/demand/demand.model';
import { shanghaiDate } from '@/core/time/shanghai';
import { isWorkingDay, nthWorkingDayAfter } from '@/core/time/working-days';
import { goBackOrHome } from '@/utils/navigation';
import { type StepErrors, useDemandStep } from './use-demand-step';
import { useWorkingCalendar } from './use-working-calendar';

export const EXTEND_REASON = noteLimits(STEP_TEXT.extendReason);

/** The resolve deadline the department committed to, when the demand says it (YYYY-MM-DD), or ''. */
function currentResolveDate(demand: DemandDetail): string {
  if (demand.resolveDueAt) return shanghaiDate(demand.resolveDueAt);
  if (demand.due?.stage === 'resolve') return shanghaiDate(demand.due.dueAt);
  const last = demand.extensions[demand.extensions.length - 1];
  return last ? shanghaiDate(last.newDueAt) : '';
}

/**
 * Asking for more time: a reason and a new committed date, a working day later than the current
 * deadline, on the same calendar the server uses (the official one with the district's corrections).
 */
export function useDemandExtend(demand: DemandDetail, refresh: () => unknown) {
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  const [checks, setChecks] = useState<StepErrors>({});
  const step = useDemandStep(demand, refresh);
  const current = currentResolveDate(demand);
  const from = current || shanghaiDate(new Date());
  const overrides = useWorkingCalendar(from);
  const suggestions = [5, 10].map((days) => ({ days, date: nthWorkingDayAfter(from, days, overrides) }));

  async function submit() {
    if (step.busy) return;
    const found: StepErrors = {};
    const reasonError = checkNote(EXTEND_REASON, reason);
    if (reasonError) found.reason = reasonError;
    if (!date) found.newDueDate = '请选择新的承诺办结日期';
    else if (current && date <= current) found.newDueDate = '应晚于原办结期限';
    else if (!isWorkingDay(date, overrides)) found.newDueDate = '请选择一个工作日';
    setChecks(found);
    if (Object.keys(found).length > 0) return;
    const done = await step.send('extend', { reason: reason.trim(), newDueDate: date }, '已延期');
    if (done) setTimeout(goBackOrHome, 800);
  }

  return {
    reason, setReason, date, setDate, current, start: from, suggestions,
    errors: { ...step.errors, ...checks }, formError: step.stale || step.formError, busy: step.busy, submit,
  };
}
