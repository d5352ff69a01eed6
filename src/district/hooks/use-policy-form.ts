import { useState } from 'react';
import Taro from '@tarojs/taro';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { createPolicy } from '../services/district.service';
import { goBackOrHome } from '@/utils/navigation';
import { pushSummary } from '@/utils/policy-push-words';
import { shanghaiNow } from '@/utils/shanghai-clock';
import { POLICY_FIELDS, type PolicyDraft, validatePolicy } from '../policy-form.rules';

/** The district publishes a policy; enterprises whose industry and tags match then see it. */
export function usePolicyForm() {
  const [draft, setDraft] = useState<PolicyDraft>(() => ({ title: '', summary: '', issuer: '区科经委', validFrom: shanghaiNow().date, validTo: '', industries: [], tags: [], link: '' }));
  const { errors, setErrors, formError, setFormError, submitting, isSending, run } = useFormSubmit(POLICY_FIELDS);
  const change = (patch: Partial<PolicyDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggle = (field: 'industries' | 'tags', chip: string) =>
    setDraft((d) => ({ ...d, [field]: d[field].includes(chip) ? d[field].filter((c) => c !== chip) : [...d[field], chip] }));

  async function submit() {
    if (isSending()) return;
    const found = validatePolicy(draft);
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length) return;
    await run(async () => {
      const link = draft.link.trim();
      const published = await createPolicy({
        title: draft.title.trim(),
        summary: draft.summary.trim(),
        issuer: draft.issuer.trim(),
        validFrom: draft.validFrom,
        validTo: draft.validTo,
        industries: draft.industries,
        tags: draft.tags,
        ...(link ? { link } : {}),
      });
      // The push to matching enterprises started with publishing: say how far it got.
      await Taro.showModal({ title: '已发布', content: pushSummary(published.push), showCancel: false });
      goBackOrHome();
    });
  }

  return { draft, change, toggle, errors, formError, submitting, submit };
}
