import { useState } from 'react';
import Taro from '@tarojs/taro';
import { PERSON_NAME } from '@/core/contracts/org.fields';
import { textProblem } from '@/core/contracts/text-rule';
import type { AccountView } from '@/core/org/org.model';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { phoneProblem } from '@/utils/contact-details.rules';
import { presentErrors } from '@/utils/form-errors';
import { goBackOrHome } from '@/utils/navigation';
import { needsDepartment, needsUnit, overrideOf } from '../account-form.rules';
import { updateAccount } from '../services/account.service';

type Field = 'name' | 'phone' | 'unitId' | 'departmentId' | 'overrideReason';
const FIELDS: readonly Field[] = ['name', 'phone', 'unitId', 'departmentId', 'overrideReason'];
type Draft = Record<Field, string>;

/**
 * The district edits an account's name, phone and unit (or department). Only what changed is
 * sent; a steward with enterprises is refused a new unit until a handover (the server says how
 * many), and a second 总管家 asks for the exception's reason.
 */
export function useAccountEdit(account: AccountView) {
  const [draft, setDraft] = useState<Draft>({ name: account.name, phone: account.phone ?? '', unitId: account.unitId ?? '', departmentId: account.departmentId ?? '', overrideReason: '' });
  const { errors, setErrors, formError, setFormError, submitting, isSending, run } = useFormSubmit(FIELDS);
  const role = account.role === 'enterprise' ? 'steward' : account.role;
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  async function submit() {
    if (isSending()) return;
    const found = presentErrors({
      name: textProblem(draft.name, PERSON_NAME),
      phone: phoneProblem(draft.phone),
      overrideReason: draft.overrideReason.trim() && draft.overrideReason.trim().length < 2 ? '请写明理由' : undefined,
    });
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length) return;
    const changes = {
      ...(draft.name.trim() !== account.name ? { name: draft.name.trim() } : {}),
      ...(draft.phone.trim() && draft.phone.trim() !== account.phone ? { phone: draft.phone.trim() } : {}),
      ...(needsUnit(role) && draft.unitId && draft.unitId !== account.unitId ? { unitId: draft.unitId } : {}),
      ...(needsDepartment(role) && draft.departmentId && draft.departmentId !== account.departmentId ? { departmentId: draft.departmentId } : {}),
    };
    if (Object.keys(changes).length === 0) return setFormError('没有修改任何内容');
    await run(async () => {
      await updateAccount({ id: account.id, ...changes, ...overrideOf(draft) });
      void Taro.showToast({ title: '已保存', icon: 'success' });
      goBackOrHome();
    });
  }

  return { draft, change, errors, formError, submitting, submit, role };
}
