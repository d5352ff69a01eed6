import Taro from '@tarojs/taro';
import type { DemandCategory } from '@/core/demand/demand.model';
import { submitDemand } from '@/services/demand.service';
import { askForReminders } from '@/services/subscribe.service';
import { type DraftField, validateDemandDraft } from '@/utils/demand-draft.rules';
import { hasErrors } from '@/utils/form-errors';
import { demandDetailUrl } from '@/utils/navigation';
import { useDemandAttachments } from './use-demand-attachments';
import { DEMAND_DRAFT_KEY, useDemandDraft } from './use-demand-draft';
import { useFormSubmit } from './use-form-submit';

const DRAFT_FIELDS: readonly DraftField[] = ['category', 'title', 'description', 'urgency', 'attachments'];

/**
 * The new-demand form: draft, attachments, checks, sending once, and what to show when sending
 * fails. With `onBehalfOf`, a steward submits for one of their enterprises (代提): the draft is
 * kept per enterprise, and the enterprise (not the steward) is the one told of progress.
 */
export function useDemandForm(onBehalfOf?: string) {
  const { draft, change, discard } = useDemandDraft(onBehalfOf ? `${DEMAND_DRAFT_KEY}:${onBehalfOf}` : DEMAND_DRAFT_KEY);
  const attachments = useDemandAttachments(draft.attachments, (refs) => change({ attachments: refs }));
  const { errors, setErrors, formError, setFormError, submitting, isSending, run } = useFormSubmit(DRAFT_FIELDS);

  async function submit() {
    if (isSending()) return;
    const clientErrors = validateDemandDraft(draft);
    if (attachments.blocker) clientErrors.attachments = attachments.blocker;
    setErrors(clientErrors);
    setFormError('');
    if (hasErrors(clientErrors)) return;

    await run(async () => {
      // Inside the tap, before anything else waits: WeChat only shows its consent dialog then.
      if (!onBehalfOf) await askForReminders(['demandStatus']);
      const { id } = await submitDemand({
        category: draft.category as DemandCategory,
        title: draft.title.trim(),
        description: draft.description.trim(),
        urgency: draft.urgency,
        clientRequestId: draft.clientRequestId,
        attachments: attachments.refs,
        ...(onBehalfOf ? { enterpriseId: onBehalfOf } : {}),
      });
      discard();
      void Taro.showToast({ title: '提交成功', icon: 'success' });
      void Taro.redirectTo({ url: demandDetailUrl(id) });
    });
  }

  return { draft, change, attachments, errors, formError, submitting, submit };
}
