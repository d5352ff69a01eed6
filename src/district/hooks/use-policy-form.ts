import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { toCloudError } from '@/services/cloud-error';
import { createPolicy } from '@/services/policy.service';
import { goBackOrHome } from '@/utils/navigation';
import { splitFieldErrors } from '@/utils/server-fields';
import { shanghaiNow } from '@/utils/shanghai-clock';
import { POLICY_FIELDS, type PolicyDraft, type PolicyErrors, validatePolicy } from '../policy-form.rules';

/** The district publishes a policy; enterprises whose industry and tags match then see it. */
export function usePolicyForm() {
  const [draft, setDraft] = useState<PolicyDraft>(() => ({ title: '', summary: '', issuer: '区科经委', validFrom: shanghaiNow().date, validTo: '', industries: [], tags: [], link: '' }));
  const [errors, setErrors] = useState<PolicyErrors>({});
  const [formError, setFormError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const change = (patch: Partial<PolicyDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggle = (field: 'industries' | 'tags', chip: string) =>
    setDraft((d) => ({ ...d, [field]: d[field].includes(chip) ? d[field].filter((c) => c !== chip) : [...d[field], chip] }));

  async function submit() {
    if (inFlight.current) return;
    const found = validatePolicy(draft);
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length) return;
    inFlight.current = true;
    setSubmitting(true);
    try {
      const link = draft.link.trim();
      await createPolicy({
        title: draft.title.trim(),
        summary: draft.summary.trim(),
        issuer: draft.issuer.trim(),
        validFrom: draft.validFrom,
        validTo: draft.validTo,
        industries: draft.industries,
        tags: draft.tags,
        ...(link ? { link } : {}),
      });
      void Taro.showToast({ title: '已发布', icon: 'success' });
      setTimeout(goBackOrHome, 800);
    } catch (err) {
      const error = toCloudError(err);
      const { byField, other } = splitFieldErrors(error.fields, POLICY_FIELDS);
      setErrors(byField);
      setFormError([error.message, ...other].join('；'));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  return { draft, change, toggle, errors, formError, submitting, submit };
}
