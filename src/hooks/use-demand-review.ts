import { useState } from 'react';
import type { Complexity } from '@/core/demand/demand.deadlines';
import { STEP_TEXT } from '@/core/contracts/demand.fields';
import { checkNote, noteLimits } from '@/utils/demand-steps';
import type { DemandDetail } from '@/core/demand/demand.model';
import { goBackOrHome } from '@/utils/navigation';
import { type StepErrors, useDemandStep } from './use-demand-step';

export type ReviewMode = 'dispatch' | 'return';

const RETURN_REASON = noteLimits(STEP_TEXT.returnReason);
const NOTE_MAX = 300;

/** The steward's review: dispatch to a department as simple or complex, or return with a reason. */
export function useDemandReview(demand: DemandDetail, refresh: () => unknown, initialMode: ReviewMode) {
  const [mode, setMode] = useState<ReviewMode>(initialMode);
  const [departmentId, setDepartmentId] = useState('');
  const [complexity, setComplexity] = useState<Complexity | ''>('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [checks, setChecks] = useState<StepErrors>({});
  const step = useDemandStep(demand, refresh);

  function validate(): StepErrors {
    const found: StepErrors = {};
    if (mode === 'return') {
      const error = checkNote(RETURN_REASON, reason);
      if (error) found.reason = error;
      return found;
    }
    if (!departmentId) found.departmentId = '请选择承办部门';
    if (!complexity) found.complexity = '请选择办理类型';
    if (note.trim().length > NOTE_MAX) found.note = `派单说明不超过 ${NOTE_MAX} 个字`;
    return found;
  }

  async function submit() {
    if (step.busy) return;
    const found = validate();
    setChecks(found);
    if (Object.keys(found).length > 0) return;
    const done =
      mode === 'return'
        ? await step.send('return', { reason: reason.trim() }, '已退回企业')
        : await step.send('dispatch', { departmentId, complexity: complexity as Complexity, note: note.trim() }, '已派单');
    if (done) setTimeout(goBackOrHome, 800);
  }

  const choose = (next: ReviewMode) => {
    setMode(next);
    setChecks({});
    step.clear();
  };

  return {
    mode, choose, departmentId, setDepartmentId, complexity, setComplexity, note, setNote, reason, setReason,
    errors: { ...step.errors, ...checks }, formError: step.stale || step.formError, busy: step.busy, submit,
  };
}
