import { useRef, useState } from 'react';
import { toCloudError } from '@/services/cloud-error';
import { splitFieldErrors } from '@/utils/form-errors';

/**
 * What every form shares when it sends: field and form errors, the busy flag, one send at a time,
 * and a refusal shown by the field it names. Each form keeps its own checks, toast and navigation.
 */
export function useFormSubmit<F extends string>(fields: readonly F[]) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  // State updates are async; the ref stops a second tap from sending before the re-render.
  const inFlight = useRef(false);

  /** True while a send (or its confirmation) is under way: a second tap should do nothing. */
  const isSending = () => inFlight.current;

  /**
   * Sends once. `confirm` (e.g. a modal) runs with the guard already taken, so a tap while it is
   * open does not ask twice; declining releases the guard without showing anything as busy.
   */
  async function run(send: () => Promise<unknown>, confirm?: () => Promise<boolean>) {
    if (inFlight.current) return;
    inFlight.current = true;
    if (confirm && !(await confirm())) {
      inFlight.current = false;
      return;
    }
    setSubmitting(true);
    try {
      await send();
    } catch (err) {
      const error = toCloudError(err);
      const { byField, other } = splitFieldErrors(error.fields, fields);
      setErrors(byField);
      setFormError([error.message, ...other].join('；'));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  return { errors, setErrors, formError, setFormError, submitting, isSending, run };
}
