import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { EnterpriseView } from '@/core/org/org.model';
import { updateCadence } from '../services/unit.service';
import { type CadenceField, validateCadence } from '../cadence.rules';
import { goBackOrHome } from '@/utils/navigation';
import { useFormSubmit } from '@/hooks/use-form-submit';

const FIELDS: readonly CadenceField[] = ['contactCadenceDays', 'visitCadenceDays'];

/** Editing one enterprise's contact and visit cadence (the only thing a unit admin may change). */
export function useCadenceForm(enterprise: EnterpriseView | undefined) {
  const [contact, setContact] = useState('');
  const [visit, setVisit] = useState('');
  const { errors, setErrors, formError, setFormError, submitting, isSending, run } = useFormSubmit(FIELDS);

  useEffect(() => {
    if (!enterprise) return;
    setContact(String(enterprise.contactCadenceDays));
    setVisit(String(enterprise.visitCadenceDays));
  }, [enterprise]);

  async function submit() {
    if (!enterprise || isSending()) return;
    const found = validateCadence(contact, visit);
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length > 0) return;
    await run(async () => {
      await updateCadence({ id: enterprise.id, contactCadenceDays: Number(contact), visitCadenceDays: Number(visit) });
      void Taro.showToast({ title: '已保存', icon: 'success' });
      setTimeout(goBackOrHome, 800);
    });
  }

  return { contact, visit, setContact, setVisit, errors, formError, submitting, submit };
}
