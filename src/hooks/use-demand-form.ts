import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { DemandCategory } from '@/core/demand/demand.model';
import { toCloudError } from '@/services/cloud-error';
import { submitDemand } from '@/services/demand.service';
import { askForReminders } from '@/services/subscribe.service';
import { type DraftErrors, type DraftField, hasErrors, validateDemandDraft } from '@/utils/demand-draft.rules';
import { demandDetailUrl } from '@/utils/navigation';
import { splitFieldErrors } from '@/utils/server-fields';
import { useDemandAttachments } from './use-demand-attachments';
import { useDemandDraft } from './use-demand-draft';

export const DRAFT_FIELDS: readonly DraftField[] = ['category', 'title', 'description', 'urgency', 'attachments'];

/** The new-demand form: draft, attachments, checks, sending once, and what to show when sending fails. */
export function useDemandForm() {
  const { draft, change, discard } = useDemandDraft();
  const attachments = useDemandAttachments(draft.attachments, (refs) => change({ attachments: refs }));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [formError, setFormError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  // State updates are async; the ref stops a second tap from sending before the re-render.
  const inFlight = useRef(false);

  async function submit() {
    if (inFlight.current) return;
    const clientErrors = validateDemandDraft(draft);
    if (attachments.blocker) clientErrors.attachments = attachments.blocker;
    setErrors(clientErrors);
    setFormError('');
    if (hasErrors(clientErrors)) return;

    inFlight.current = true;
    setSubmitting(true);
    try {
      // Inside the tap, before anything else waits: WeChat only shows its consent dialog then.
      await askForReminders(['demandStatus']);
      const { id } = await submitDemand({
        category: draft.category as DemandCategory,
        title: draft.title.trim(),
        description: draft.description.trim(),
        urgency: draft.urgency,
        clientRequestId: draft.clientRequestId,
        attachments: attachments.refs,
      });
      discard();
      void Taro.showToast({ title: '提交成功', icon: 'success' });
      void Taro.redirectTo({ url: demandDetailUrl(id) });
    } catch (err) {
      const error = toCloudError(err);
      const { byField, other } = splitFieldErrors(error.fields, DRAFT_FIELDS);
      setErrors(byField);
      setFormError([error.message, ...other].join('；'));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  return { draft, change, attachments, errors, formError, submitting, submit };
}
