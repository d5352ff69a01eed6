import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { parseLocation, type LocationDraft } from '@/core/contact/geo';
import { ENTERPRISE_TEXT } from '@/core/contracts/org.fields';
import { textProblem } from '@/core/contracts/text-rule';
import type { EnterpriseView } from '@/core/org/org.model';
import { updateCadence } from '../services/unit.service';
import { type CadenceField, validateCadence } from '../cadence.rules';
import { goBackOrHome } from '@/utils/navigation';
import { useFormSubmit } from '@/hooks/use-form-submit';

type Field = CadenceField | 'address' | 'latitude' | 'longitude';
const FIELDS: readonly Field[] = ['contactCadenceDays', 'visitCadenceDays', 'address', 'latitude', 'longitude'];

/**
 * What a unit admin keeps up to date on an enterprise of the unit: how often it is contacted and
 * visited, and where it is (address and map point, which on-site check-ins are measured against).
 */
export function useCadenceForm(enterprise: EnterpriseView | undefined) {
  const [contact, setContact] = useState('');
  const [visit, setVisit] = useState('');
  const [address, setAddress] = useState('');
  const [point, setPoint] = useState<LocationDraft>({ latitude: '', longitude: '' });
  const { errors, setErrors, formError, setFormError, submitting, isSending, run } = useFormSubmit(FIELDS);

  useEffect(() => {
    if (!enterprise) return;
    setContact(String(enterprise.contactCadenceDays));
    setVisit(String(enterprise.visitCadenceDays));
    setAddress(enterprise.address);
    setPoint({ latitude: enterprise.location ? String(enterprise.location.latitude) : '', longitude: enterprise.location ? String(enterprise.location.longitude) : '' });
  }, [enterprise]);

  const changePlace = (patch: Partial<LocationDraft> & { address?: string }) => {
    const { address: picked, ...where } = patch;
    if (picked) setAddress(picked);
    setPoint((current) => ({ ...current, ...where }));
  };

  async function submit() {
    if (!enterprise || isSending()) return;
    const { location, problem } = parseLocation(point.latitude, point.longitude);
    const found = { ...validateCadence(contact, visit), ...(problem ? { latitude: problem } : {}) } as Partial<Record<Field, string>>;
    const addressProblem = textProblem(address, ENTERPRISE_TEXT.address);
    if (addressProblem) found.address = addressProblem;
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length > 0) return;
    const place = location ? { location } : enterprise.location ? { location: null } : {};
    await run(async () => {
      await updateCadence({ id: enterprise.id, contactCadenceDays: Number(contact), visitCadenceDays: Number(visit), address: address.trim(), ...place });
      void Taro.showToast({ title: '已保存', icon: 'success' });
      setTimeout(goBackOrHome, 800);
    });
  }

  return { contact, visit, address, point, setContact, setVisit, setAddress, changePlace, errors, formError, submitting, submit };
}
