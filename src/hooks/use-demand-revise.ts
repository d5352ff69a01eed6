import { useState } from 'react';
import type { DemandCategory, DemandDetail } from '@/core/demand/demand.model';
import { type DemandDraft, type DraftErrors, validateDemandDraft } from '@/utils/demand-draft.rules';
import { hasErrors } from '@/utils/form-errors';
import { goBackOrHome } from '@/utils/navigation';
import { useAttachments } from './use-attachments';
import { useDemandStep } from './use-demand-step';

const draftOf = (d: DemandDetail): DemandDraft => ({
  category: d.category,
  title: d.title,
  description: d.description,
  urgency: d.urgency,
  clientRequestId: '',
  attachments: d.attachments.map((a) => ({ fileID: a.fileID, name: a.name })),
});

/** Revising a returned demand: the form starts from the demand as it is, and resubmits it. */
export function useDemandRevise(demand: DemandDetail, refresh: () => unknown) {
  const [draft, setDraft] = useState<DemandDraft>(() => draftOf(demand));
  const attachments = useAttachments('demand', demand.attachments);
  const [checks, setChecks] = useState<DraftErrors>({});
  const step = useDemandStep(demand, refresh);
  const change = (patch: Partial<DemandDraft>) => setDraft((current) => ({ ...current, ...patch }));

  async function submit() {
    const found = validateDemandDraft(draft);
    if (attachments.blocker) found.attachments = attachments.blocker;
    setChecks(found);
    if (hasErrors(found)) return;
    const done = await step.send(
      'revise',
      {
        category: draft.category as DemandCategory,
        title: draft.title.trim(),
        description: draft.description.trim(),
        urgency: draft.urgency,
        attachments: attachments.refs,
      },
      '已重新提交',
    );
    if (done) setTimeout(goBackOrHome, 800);
  }

  const errors: DraftErrors = { ...step.errors, ...checks };
  return { draft, change, attachments, errors, formError: step.stale || step.formError, submitting: step.busy, submit };
}
