import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { EnterpriseView } from '@/core/org/org.model';
import { toCloudError } from '@/services/cloud-error';
import { updateCadence } from '@/services/enterprise.service';
import { type CadenceErrors, type CadenceField, validateCadence } from '@/utils/cadence.rules';
import { goBackOrHome } from '@/utils/navigation';
import { splitFieldErrors } from '@/utils/server-fields';

const FIELDS: readonly CadenceField[] = ['contactCadenceDays', 'visitCadenceDays'];

/** Editing one enterprise's contact and visit cadence (the only thing a unit admin may change). */
export function useCadenceForm(enterprise: EnterpriseView | undefined) {
  const [contact, setContact] = useState('');
  const [visit, setVisit] = useState('');
  const [errors, setErrors] = useState<CadenceErrors>({});
  const [formError, setFormError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);

  useEffect(() => {
    if (!enterprise) return;
    setContact(String(enterprise.contactCadenceDays));
    setVisit(String(enterprise.visitCadenceDays));
  }, [enterprise]);

  async function submit() {
    if (!enterprise || inFlight.current) return;
    const found = validateCadence(contact, visit);
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length > 0) return;
    inFlight.current = true;
    setSubmitting(true);
    try {
      await updateCadence({ id: enterprise.id, contactCadenceDays: Number(contact), visitCadenceDays: Number(visit) });
      void Taro.showToast({ title: '已保存', icon: 'success' });
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

  return { contact, visit, setContact, setVisit, errors, formError, submitting, submit };
}
