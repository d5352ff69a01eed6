import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { DemandDetail } from '@/core/demand/demand.model';
import { toCloudError } from '@/services/cloud-error';
import type { StepName } from '@/core/contracts/demand-step.contracts';
import type { StepResult } from '@/core/demand/demand.model';
import { sendStep, type StepInput } from '@/services/demand.service';
import { splitFieldErrors } from '@/utils/form-errors';

const FORM_FIELDS = [
  'note', 'reason', 'resolution', 'departmentId', 'complexity', 'newDueDate', 'resolved', 'satisfaction', 'comment',
  'attachments', 'category', 'title', 'description', 'urgency',
] as const;
type StepField = (typeof FORM_FIELDS)[number];
export type StepErrors = Partial<Record<StepField, string>>;

/** The demand changed under the person: show why, and load what it is now. */
const STALE = ['CONFLICT', 'INVALID_STATE'];

type Fields<S extends StepName> = Omit<StepInput<S>, 'id' | 'version'>;

/**
 * Sending one lifecycle step with the version the person saw: busy state, one send at a time,
 * the server's field errors by the field, a toast on success. When the demand has moved on
 * (CONFLICT, INVALID_STATE) the message stays on screen and the demand is loaded again.
 */
export function useDemandStep(demand: DemandDetail | undefined, refresh: () => unknown) {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<StepErrors>({});
  const [formError, setFormError] = useState('');
  const [stale, setStale] = useState('');
  const inFlight = useRef(false);

  const clear = () => {
    setErrors({});
    setFormError('');
  };

  async function send<S extends StepName>(step: S, fields: Fields<S>, done: string): Promise<StepResult | null> {
    if (!demand || inFlight.current) return null;
    inFlight.current = true;
    setBusy(true);
    clear();
    setStale('');
    try {
      const result = await sendStep(step, { id: demand.id, version: demand.version, ...fields } as StepInput<S>);
      void Taro.showToast({ title: done, icon: 'success' });
      return result;
    } catch (err) {
      const error = toCloudError(err);
      if (STALE.includes(error.code)) {
        setStale(error.message);
        void Taro.showToast({ title: error.message, icon: 'none', duration: 3000 });
        await refresh();
        return null;
      }
      const { byField, other } = splitFieldErrors(error.fields, FORM_FIELDS);
      setErrors(byField);
      setFormError([error.message, ...other].join('；'));
      return null;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  return { busy, errors, setErrors, formError, stale, send, clear };
}
