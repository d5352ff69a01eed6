import { useState } from 'react';
import { STEP_TEXT } from '@/core/contracts/demand.fields';
import type { DemandDetail } from '@/core/demand/demand.model';
import { checkNote, noteLimits } from '@/utils/demand-steps';
import type { StepErrors } from './use-demand-step';
import { useModeStep } from './use-mode-step';

export type DecisionMode = 'rectify' | 'close';

const ORDER = noteLimits(STEP_TEXT.rectificationOrder);
const UNRESOLVED = noteLimits(STEP_TEXT.unresolvedReason);

/**
 * The district's decision on a bad review after rectification: another rectification by a
 * department it names (the one that rectified, by default), or closing as unresolved with a reason.
 */
export function useDemandDecision(demand: DemandDetail, refresh: () => unknown) {
  const form = useModeStep<DecisionMode>(demand, refresh, 'rectify');
  const [departmentId, setDepartmentId] = useState(demand.departmentId ?? '');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');

  function problems(): StepErrors {
    if (form.mode === 'close') return { reason: checkNote(UNRESOLVED, reason) || undefined };
    return { departmentId: departmentId ? undefined : '请选择承办部门', note: checkNote(ORDER, note) || undefined };
  }

  const submit = () => {
    const found = Object.fromEntries(Object.entries(problems()).filter(([, v]) => v)) as StepErrors;
    return form.submit(found, () =>
      form.mode === 'close'
        ? form.step.send('closeUnresolved', { reason: reason.trim() }, '已以未解决关闭')
        : form.step.send('orderRectification', { departmentId, note: note.trim() }, '已要求再次整改'),
    );
  };

  return { ...form, departmentId, setDepartmentId, note, setNote, reason, setReason, orderLimits: ORDER, reasonLimits: UNRESOLVED, submit };
}
