import { useState } from 'react';
import { STEP_TEXT } from '@/core/contracts/demand.fields';
import { checkNote, noteLimits } from '@/utils/demand-steps';
import type { DemandDetail } from '@/core/demand/demand.model';
import { goBackOrHome } from '@/utils/navigation';
import { useAttachments } from './use-attachments';
import { type StepErrors, useDemandStep } from './use-demand-step';

export const SUPPLY_NOTE = noteLimits(STEP_TEXT.supplyNote);

/** The enterprise answers a request for materials: a note and the files; the clock runs again. */
export function useDemandSupply(demand: DemandDetail, refresh: () => unknown) {
  const [note, setNote] = useState('');
  const [checks, setChecks] = useState<StepErrors>({});
  const attachments = useAttachments('demand');
  const step = useDemandStep(demand, refresh);

  async function submit() {
    if (step.busy) return;
    const found: StepErrors = {};
    const noteError = checkNote(SUPPLY_NOTE, note);
    if (noteError) found.note = noteError;
    if (attachments.blocker) found.attachments = attachments.blocker;
    setChecks(found);
    if (Object.keys(found).length > 0) return;
    const done = await step.send('supplyMaterials', { note: note.trim(), attachments: attachments.refs }, '已补充材料');
    if (done) setTimeout(goBackOrHome, 800);
  }

  return { note, setNote, attachments, errors: { ...step.errors, ...checks }, formError: step.stale || step.formError, busy: step.busy, submit };
}
