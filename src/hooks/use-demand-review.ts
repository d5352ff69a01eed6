import { useState } from 'react';
import type { Complexity } from '@/core/demand/demand.deadlines';
import { STEP_TEXT } from '@/core/contracts/demand.fields';
import { checkNote, noteLimits } from '@/utils/demand-steps';
import type { DemandDetail } from '@/core/demand/demand.model';
import type { StepErrors } from './use-demand-step';
import { useModeStep } from './use-mode-step';

export type ReviewMode = 'dispatch' | 'return';

const RETURN_REASON = noteLimits(STEP_TEXT.returnReason);
const NOTE_MAX = 300;

/** The steward's review: dispatch to a department as simple or complex, or return with a reason. */
export function useDemandReview(demand: DemandDetail, refresh: () => unknown, initialMode: ReviewMode) {
  const form = useModeStep<ReviewMode>(demand, refresh, initialMode);
  const [departmentId, setDepartmentId] = useState('');
  const [complexity, setComplexity] = useState<Complexity | ''>('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');

  function validate(): StepErrors {
    const found: StepErrors = {};
    if (form.mode === 'return') {
      const error = checkNote(RETURN_REASON, reason);
      if (error) found.reason = error;
      return found;
    }
    if (!departmentId) found.departmentId = '请选择承办部门';
    if (!complexity) found.complexity = '请选择办理类型';
    if (note.trim().length > NOTE_MAX) found.note = `派单说明不超过 ${NOTE_MAX} 个字`;
    return found;
  }

  const submit = () =>
    form.submit(validate(), () =>
      form.mode === 'return'
        ? form.step.send('return', { reason: reason.trim() }, '已退回企业')
        : form.step.send('dispatch', { departmentId, complexity: complexity as Complexity, note: note.trim() }, '已派单'),
    );

  return { ...form, departmentId, setDepartmentId, complexity, setComplexity, note, setNote, reason, setReason, submit };
}
