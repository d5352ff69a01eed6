import { useState } from 'react';
import type { Complexity } from '@/core/demand/demand.deadlines';
import type { DemandDetail } from '@/core/demand/demand.model';
import { goBackOrHome } from '@/utils/navigation';
import { type StepErrors, useDemandStep } from './use-demand-step';

const NOTE_MAX = 300;

/** The district re-routes a demand a department returned: a department, optionally the type, a note. */
export function useDemandReassign(demand: DemandDetail, refresh: () => unknown) {
  const [departmentId, setDepartmentId] = useState('');
  const [complexity, setComplexity] = useState<Complexity | ''>('');
  const [note, setNote] = useState('');
  const [checks, setChecks] = useState<StepErrors>({});
  const step = useDemandStep(demand, refresh);
  const returned = demand.returnedBy;
  const backToReturner = !!departmentId && returned.includes(departmentId);

  async function submit() {
    if (step.busy) return;
    const found: StepErrors = {};
    if (!departmentId) found.departmentId = '请选择承办部门';
    if (backToReturner && !note.trim()) found.note = '请说明为何仍由该部门办理';
    if (note.trim().length > NOTE_MAX) found.note = `说明不超过 ${NOTE_MAX} 个字`;
    setChecks(found);
    if (Object.keys(found).length > 0) return;
    const done = await step.send('reassign', { departmentId, ...(complexity ? { complexity } : {}), note: note.trim() }, '已重新派单');
    if (done) setTimeout(goBackOrHome, 800);
  }

  return {
    departmentId, setDepartmentId, complexity, setComplexity, note, setNote, returned, backToReturner,
    errors: { ...step.errors, ...checks }, formError: step.stale || step.formError, busy: step.busy, submit,
  };
}
