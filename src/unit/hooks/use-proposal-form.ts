import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { ActionInput } from '@/core/contracts';
import { createProposal } from '../services/unit.service';
import { goBackOrHome } from '@/utils/navigation';
import { PROPOSAL_FIELDS, type ProposalDraft, validateProposal } from '../proposal-form.rules';
import { useFormSubmit } from '@/hooks/use-form-submit';

const empty: ProposalDraft = { kind: 'add', name: '', creditCode: '', industry: '', address: '', enterpriseId: '', enterpriseName: '', reason: '' };

function toInput(d: ProposalDraft): ActionInput<'proposal.create'> {
  const reason = d.reason.trim();
  if (d.kind === 'remove') return { kind: 'remove', enterpriseId: d.enterpriseId, reason };
  return { kind: 'add', name: d.name.trim(), creditCode: d.creditCode.trim().toUpperCase(), industry: d.industry.trim(), address: d.address.trim(), reason };
}

/** A unit's proposal to add an enterprise to the key list or remove one; the district decides. */
export function useProposalForm() {
  const [draft, setDraft] = useState<ProposalDraft>(empty);
  const { errors, setErrors, formError, setFormError, submitting, isSending, run } = useFormSubmit(PROPOSAL_FIELDS);
  const change = (patch: Partial<ProposalDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit() {
    if (isSending()) return;
    const found = validateProposal(draft);
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length > 0) return;
    await run(async () => {
      await createProposal(toInput(draft));
      void Taro.showToast({ title: '已提交，等待区科经委审核', icon: 'none' });
      setTimeout(goBackOrHome, 800);
    });
  }

  return { draft, change, errors, formError, submitting, submit };
}
