import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { DemandCategory } from '@/core/demand/demand.model';
import { toCloudError } from '@/services/cloud-error';
import { submitDemand } from '@/services/demand.service';
import { type DraftErrors, type DraftField, hasErrors, validateDemandDraft } from '@/utils/demand-draft.rules';
import { demandDetailUrl } from '@/utils/navigation';
import { useDemandDraft } from './use-demand-draft';

const DRAFT_FIELDS: DraftField[] = ['category', 'title', 'description', 'urgency'];

/** Server field paths may be nested (`input.title`); the form only knows the last segment. */
function splitServerFields(fields: Record<string, string>) {
  const byField: DraftErrors = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const field = path.split('.').pop() as DraftField;
    if (DRAFT_FIELDS.includes(field)) byField[field] = message;
    else other.push(message);
  }
  return { byField, other };
}

/** The new-demand form: draft, checks, sending once, and what to show when sending fails. */
export function useDemandForm() {
  const { draft, change, discard } = useDemandDraft();
  const [errors, setErrors] = useState<DraftErrors>({});
  const [formError, setFormError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  // State updates are async; the ref stops a second tap from sending before the re-render.
  const inFlight = useRef(false);

  async function submit() {
    if (inFlight.current) return;
    const clientErrors = validateDemandDraft(draft);
    setErrors(clientErrors);
    setFormError('');
    if (hasErrors(clientErrors)) return;

    inFlight.current = true;
    setSubmitting(true);
    try {
      const { id } = await submitDemand({
        category: draft.category as DemandCategory,
        title: draft.title.trim(),
        description: draft.description.trim(),
        urgency: draft.urgency,
        clientRequestId: draft.clientRequestId,
      });
      discard();
      void Taro.showToast({ title: '提交成功', icon: 'success' });
      void Taro.redirectTo({ url: demandDetailUrl(id) });
    } catch (err) {
      const error = toCloudError(err);
      const { byField, other } = splitServerFields(error.fields ?? {});
      setErrors(byField);
      setFormError([error.message, ...other].join('；'));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  return { draft, change, errors, formError, submitting, submit };
}
