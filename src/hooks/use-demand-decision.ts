import { useState } from 'react';
import { STEP_TEXT } from '@/core/contracts/demand.fields';
import type { DemandDetail } from '@/core/demand/demand.model';
import { checkNote, noteLimits } from '@/utils/demand-steps';
import { goBackOrHome } from '@/utils/navigation';
import { type StepErrors, useDemandStep } from './use-demand-step';

export type DecisionMode = 'rectify' | 'close';

const ORDER = noteLimits(STEP_TEXT.rectificationOrder);
const UNRESOLVED = noteLimits(STEP_TEXT.unresolvedReason);

/**
 * The district's decision on a bad review after rectification: another rectification by a
 * department it names (the one that rectified, by default), or closing as unresolved with a reason.
 */
export function useDemandDecision(demand: DemandDetail, refresh: () => unknown) {
  const [mode, setMode] = useState<DecisionMode>('rectify');
  const [departmentId, setDepartmentId] = useState(demand.departmentId ?? '');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [checks, setChecks] = useState<StepErrors>({});
  const step = useDemandStep(demand, refresh);

  function validate(): StepErrors {
    const found: StepErrors = {};
    if (mode === 'close') {
      const error = checkNote(UNRESOLVED, reason);
      if (error) found.reason = error;
      return found;
    }
    if (!departmentId) found.departmentId = '请选择承办部门';
    const error = checkNote(ORDER, note);
    if (error) found.note = error;
    return found;
  }

  async function submit() {
    if (step.busy) return;
    const found = validate();
    setChecks(found);
    if (Object.keys(found).length > 0) return;
    const done =
      mode === 'close'
        ? await step.send('closeUnresolved', { reason: reason.trim() }, '已以未解决关闭')
        : await step.send('orderRectification', { departmentId, note: note.trim() }, '已要求再次整改');
    if (done) setTimeout(goBackOrHome, 800);
  }

  const choose = (next: DecisionMode) => {
    setMode(next);
    setChecks({});
    step.clear();
  };

  return {
    mode, choose, departmentId, setDepartmentId, note, setNote, reason, setReason, orderLimits: ORDER, reasonLimits: UNRESOLVED,
    errors: { ...step.errors, ...checks }, formError: step.stale || step.formError, busy: step.busy, submit,
  };
}
