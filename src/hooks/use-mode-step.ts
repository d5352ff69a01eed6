import { useState } from 'react';
import type { DemandDetail, StepResult } from '@/core/demand/demand.model';
import { goBackOrHome } from '@/utils/navigation';
import { type StepErrors, useDemandStep } from './use-demand-step';

/**
 * A step page offering two ways (dispatch or return, rectify again or close): the chosen mode,
 * the device's checks beside the server's, one send, and back to the demand once it is taken.
 */
export function useModeStep<M extends string>(demand: DemandDetail, refresh: () => unknown, initialMode: M) {
  const [mode, setMode] = useState<M>(initialMode);
  const [checks, setChecks] = useState<StepErrors>({});
  const step = useDemandStep(demand, refresh);

  /** Shows what the device found; sends only when nothing was. */
  async function submit(found: StepErrors, send: () => Promise<StepResult | null>) {
    if (step.busy) return;
    setChecks(found);
    if (Object.keys(found).length > 0) return;
    if (await send()) setTimeout(goBackOrHome, 800);
  }

  const choose = (next: M) => {
    setMode(next);
    setChecks({});
    step.clear();
  };

  return { mode, choose, step, submit, errors: { ...step.errors, ...checks }, formError: step.stale || step.formError, busy: step.busy };
}
