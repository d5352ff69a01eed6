import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { toCloudError } from '@/services/cloud-error';
import { promotePolicy } from '@/services/policy.service';
import { goBackOrHome } from '@/utils/navigation';
import { splitFieldErrors } from '@/utils/server-fields';

type Field = 'enterpriseId' | 'intendsToApply' | 'note';
const FIELDS: Field[] = ['enterpriseId', 'intendsToApply', 'note'];
export const NOTE_MAX = 300;

/** Recording that a policy was presented to one enterprise, and whether it intends to apply. */
export function usePromoteForm(policyId: string) {
  const [enterpriseId, setEnterpriseId] = useState('');
  const [intends, setIntends] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);

  async function submit() {
    if (inFlight.current) return;
    const found: Partial<Record<Field, string>> = {};
    if (!enterpriseId) found.enterpriseId = '请选择企业';
    if (intends === null) found.intendsToApply = '请选择企业是否有意申报';
    if (note.trim().length > NOTE_MAX) found.note = `备注不超过 ${NOTE_MAX} 个字`;
    setErrors(found);
    setFormError(policyId ? '' : '缺少政策，请从政策库重新进入');
    if (Object.keys(found).length || !policyId || intends === null) return;
    inFlight.current = true;
    setSubmitting(true);
    try {
      await promotePolicy({ policyId, enterpriseId, intendsToApply: intends, note: note.trim() });
      void Taro.showToast({ title: '已记录宣讲', icon: 'success' });
      setTimeout(goBackOrHome, 800);
    } catch (err) {
      const error = toCloudError(err);
      const { byField, other } = splitFieldErrors(error.fields, FIELDS);
      setErrors(byField);
      setFormError([error.message, ...other].join('；'));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  return { enterpriseId, setEnterpriseId, intends, setIntends, note, setNote, errors, formError, submitting, submit };
}
