import { useState } from 'react';
import Taro from '@tarojs/taro';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { promotePolicy } from '../services/fieldwork.service';
import { goBackOrHome } from '@/utils/navigation';

type Field = 'enterpriseId' | 'intendsToApply' | 'note';
const FIELDS: Field[] = ['enterpriseId', 'intendsToApply', 'note'];
export const NOTE_MAX = 300;

/** Recording that a policy was presented to one enterprise, and whether it intends to apply. */
export function usePromoteForm(policyId: string, fixedEnterpriseId = '') {
  const [enterpriseId, setEnterpriseId] = useState(fixedEnterpriseId);
  const [intends, setIntends] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  const { errors, setErrors, formError, setFormError, submitting, isSending, run } = useFormSubmit(FIELDS);

  async function submit() {
    if (isSending()) return;
    const found: Partial<Record<Field, string>> = {};
    if (!enterpriseId) found.enterpriseId = '请选择企业';
    if (intends === null) found.intendsToApply = '请选择企业是否有意申报';
    if (note.trim().length > NOTE_MAX) found.note = `备注不超过 ${NOTE_MAX} 个字`;
    setErrors(found);
    setFormError(policyId ? '' : '缺少政策，请从政策库重新进入');
    if (Object.keys(found).length || !policyId || intends === null) return;
    await run(async () => {
      await promotePolicy({ policyId, enterpriseId, intendsToApply: intends, note: note.trim() });
      void Taro.showToast({ title: '已记录宣讲', icon: 'success' });
      setTimeout(goBackOrHome, 800);
    });
  }

  return { enterpriseId, setEnterpriseId, intends, setIntends, note, setNote, errors, formError, submitting, submit };
}
