import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { EnterpriseView } from '@/core/org/org.model';
import { toCloudError } from '@/services/cloud-error';
import { createEnterprise, removeEnterprise, updateEnterprise } from '../services/district.service';
import { goBackOrHome } from '@/utils/navigation';
import { splitFieldErrors } from '@/utils/form-errors';
import {
  type EnterpriseDraft,
  type EnterpriseErrors,
  draftOf,
  editableFieldsOf,
  locationOf,
  emptyEnterpriseDraft,
  ENTERPRISE_FIELDS,
  validateEnterpriseDraft,
} from '../enterprise-form.rules';

/** Create (no `existing`) or edit one enterprise, and remove it from the list with a reason. */
export function useEnterpriseForm(existing?: EnterpriseView) {
  const [draft, setDraft] = useState<EnterpriseDraft>(() => (existing ? draftOf(existing) : emptyEnterpriseDraft()));
  const [errors, setErrors] = useState<EnterpriseErrors>({});
  const [formError, setFormError] = useState('');
  const [reasonError, setReasonError] = useState('');
  const [sending, setSending] = useState<'' | 'save' | 'remove'>('');
  const inFlight = useRef(false);

  const change = (patch: Partial<EnterpriseDraft>) =>
    setDraft((current) => ({ ...current, ...patch, ...(patch.unitId !== undefined && patch.unitId !== current.unitId ? { stewardId: '' } : {}) }));

  async function send(kind: 'save' | 'remove', work: () => Promise<unknown>, done: string) {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(kind);
    setFormError('');
    try {
      await work();
      void Taro.showToast({ title: done, icon: 'success' });
      goBackOrHome();
    } catch (err) {
      const error = toCloudError(err);
      const { byField, other } = splitFieldErrors(error.fields, [...ENTERPRISE_FIELDS, 'reason'] as const);
      const { reason, ...fieldErrors } = byField;
      setErrors(fieldErrors);
      setReasonError(reason ?? '');
      setFormError([error.message, ...other].join('；'));
    } finally {
      inFlight.current = false;
      setSending('');
    }
  }

  function save() {
    const clientErrors = validateEnterpriseDraft(draft);
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) return setFormError('');
    const fields = editableFieldsOf(draft);
    if (existing) return send('save', () => updateEnterprise({ id: existing.id, ...fields, ...locationOf(draft, !!existing.location) }), '已保存');
    const creditCode = draft.creditCode.trim().toUpperCase();
    const steward = draft.stewardId ? { stewardId: draft.stewardId } : {};
    const location = locationOf(draft, false) as { location?: { latitude: number; longitude: number } };
    return send('save', () => createEnterprise({ ...fields, creditCode, unitId: draft.unitId, ...steward, ...location }), '已加入清单');
  }

  async function remove(reason: string) {
    if (!existing) return;
    setReasonError(reason.trim().length < 2 ? '请填写移出原因' : '');
    if (reason.trim().length < 2) return;
    const { confirm } = await Taro.showModal({ title: '移出重点企业清单', content: `确定将“${existing.name}”移出清单吗？历史记录会保留。` });
    if (confirm) await send('remove', () => removeEnterprise(existing.id, reason.trim()), '已移出清单');
  }

  return { draft, change, errors, formError, reasonError, sending, save, remove };
}
