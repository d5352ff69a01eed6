import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { ContactView } from '@/core/org/org.model';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { updateContact } from '../services/fieldwork.service';
import { contactTextErrors } from '@/utils/contact-form.rules';
import { goBackOrHome } from '@/utils/navigation';

export type EditField = 'who' | 'topics' | 'outcome' | 'nextStep';
const FIELDS: EditField[] = ['who', 'topics', 'outcome', 'nextStep'];
type Values = Record<EditField, string>;


/** Correcting one's own contact record within 24 hours: only what changed is sent, and logged. */
export function useContactEdit(record: ContactView | null) {
  const [values, setValues] = useState<Values>(() => ({ who: record?.who ?? '', topics: record?.topics ?? '', outcome: record?.outcome ?? '', nextStep: record?.nextStep ?? '' }));
  const { errors, setErrors, formError, setFormError, submitting, isSending, run } = useFormSubmit(FIELDS);
  const change = (field: EditField, value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit() {
    if (!record || isSending()) return;
    const found = contactTextErrors(values);
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length) return;
    const changed = Object.fromEntries(FIELDS.filter((f) => values[f].trim() !== record[f]).map((f) => [f, values[f].trim()]));
    if (Object.keys(changed).length === 0) {
      setFormError('内容没有变化');
      return;
    }
    await run(async () => {
      await updateContact({ id: record.id, ...changed });
      void Taro.showToast({ title: '已更正', icon: 'success' });
      setTimeout(goBackOrHome, 800);
    });
  }

  return { values, change, errors, formError, submitting, submit };
}
