import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { toCloudError } from '@/services/cloud-error';
import { createProposal, type ProposalInput } from '@/services/unit.service';
import { goBackOrHome } from '@/utils/navigation';
import { PROPOSAL_FIELDS, type ProposalDraft, type ProposalErrors, validateProposal } from '@/utils/proposal-form.rules';
import { splitFieldErrors } from '@/utils/server-fields';

const empty: ProposalDraft = { kind: 'add', name: '', creditCode: '', industry: '', address: '', enterpriseId: '', enterpriseName: '', reason: '' };

function toInput(d: ProposalDraft): ProposalInput {
  const reason = d.reason.trim();
  if (d.kind === 'remove') return { kind: 'remove', enterpriseId: d.enterpriseId, reason };
  return { kind: 'add', name: d.name.trim(), creditCode: d.creditCode.trim().toUpperCase(), industry: d.industry.trim(), address: d.address.trim(), reason };
}

/** A unit's proposal to add an enterprise to the key list or remove one; the district decides. */
export function useProposalForm() {
  const [draft, setDraft] = useState<ProposalDraft>(empty);
  const [errors, setErrors] = useState<ProposalErrors>({});
  const [formError, setFormError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const change = (patch: Partial<ProposalDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit() {
    if (inFlight.current) return;
    const found = validateProposal(draft);
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length > 0) return;
    inFlight.current = true;
    setSubmitting(true);
    try {
      await createProposal(toInput(draft));
      void Taro.showToast({ title: '已提交，等待区科经委审核', icon: 'none' });
      setTimeout(goBackOrHome, 800);
    } catch (err) {
      const error = toCloudError(err);
      const { byField, other } = splitFieldErrors(error.fields, PROPOSAL_FIELDS);
      setErrors(byField);
      setFormError([error.message, ...other].join('；'));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  return { draft, change, errors, formError, submitting, submit };
}
