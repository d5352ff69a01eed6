import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { Complexity } from '@/core/demand/demand.deadlines';
import type { DemandCategory } from '@/core/demand/demand.model';
import { submitDemand } from '@/services/demand.service';
import { askForReminders } from '@/services/subscribe.service';
import { type DraftField, validateDemandDraft } from '@/utils/demand-draft.rules';
import { hasErrors } from '@/utils/form-errors';
import { demandDetailUrl } from '@/utils/navigation';
import { useAttachments } from './use-attachments';
import { DEMAND_DRAFT_KEY, useDemandDraft } from './use-demand-draft';
import { useFormSubmit } from './use-form-submit';

type FormField = DraftField | 'departmentId' | 'complexity';
const FORM_FIELDS: readonly FormField[] = ['category', 'title', 'description', 'urgency', 'attachments', 'departmentId', 'complexity'];

/** 代提 is dispatched at once: the steward names the department and how complex it is. */
export interface OnBehalfDispatch {
  departmentId: string;
  complexity: Complexity | '';
}

/**
 * The new-demand form: draft, attachments, checks, sending once, and what to show when sending
 * fails. With `onBehalfOf`, a steward submits for one of their enterprises (代提): the draft is
 * kept per enterprise, the steward dispatches it in the same step (department and complexity),
 * and the enterprise (not the steward) is the one told of progress.
 */
export function useDemandForm(onBehalfOf?: string) {
  const { draft, change, discard } = useDemandDraft(onBehalfOf ? `${DEMAND_DRAFT_KEY}:${onBehalfOf}` : DEMAND_DRAFT_KEY);
  const attachments = useAttachments('demand', draft.attachments, (refs) => change({ attachments: refs }));
  const [dispatch, setDispatchState] = useState<OnBehalfDispatch>({ departmentId: '', complexity: '' });
  const { errors, setErrors, formError, setFormError, submitting, isSending, run } = useFormSubmit(FORM_FIELDS);
  const setDispatch = (patch: Partial<OnBehalfDispatch>) => {
    setDispatchState((current) => ({ ...current, ...patch }));
    // A choice made answers its own message.
    setErrors((current) => ({ ...current, ...(patch.departmentId ? { departmentId: undefined } : {}), ...(patch.complexity ? { complexity: undefined } : {}) }));
  };

  async function submit() {
    if (isSending()) return;
    const clientErrors: Partial<Record<FormField, string>> = validateDemandDraft(draft);
    if (attachments.blocker) clientErrors.attachments = attachments.blocker;
    if (onBehalfOf && !dispatch.departmentId) clientErrors.departmentId = '请选择承办部门';
    if (onBehalfOf && !dispatch.complexity) clientErrors.complexity = '请选择办理类型';
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
        ...(onBehalfOf ? { enterpriseId: onBehalfOf, departmentId: dispatch.departmentId, complexity: dispatch.complexity as Complexity } : {}),
      });
      discard();
      void Taro.showToast({ title: '提交成功', icon: 'success' });
      void Taro.redirectTo({ url: demandDetailUrl(id) });
    });
  }

  return { draft, change, attachments, errors, formError, submitting, submit, dispatch, setDispatch };
}
