import { useState } from 'react';
import Taro from '@tarojs/taro';
import { useFormSubmit } from '@/hooks/use-form-submit';
import { createAccount } from '../services/account.service';
import { type AccountDraft, type AccountField, accountInputOf, validateAccountDraft } from '../account-form.rules';
import { roleLabel } from '../account-labels';
import { handOverIssuedCode } from '../issued-code-store';
import { DISTRICT_URLS } from '../urls';

const FIELDS: AccountField[] = ['role', 'name', 'phone', 'unitId', 'departmentId', 'stewardId', 'overrideReason'];

/** The new-account form; on success the one-time code goes to the code page. */
export function useAccountForm() {
  const [draft, setDraft] = useState<AccountDraft>({ role: 'steward', name: '', phone: '', unitId: '', departmentId: '', stewardId: '', overrideReason: '' });
  const { errors, setErrors, formError, setFormError, submitting, isSending, run } = useFormSubmit(FIELDS);

  const change = (patch: Partial<AccountDraft>) =>
    setDraft((current) => {
      const next = { ...current, ...patch };
      // A liaison helps a steward of the chosen unit: another unit means choosing again.
      if (patch.unitId !== undefined && patch.unitId !== current.unitId) next.stewardId = '';
      return next;
    });

  async function submit() {
    if (isSending()) return;
    const clientErrors = validateAccountDraft(draft);
    setErrors(clientErrors);
    setFormError('');
    if (Object.keys(clientErrors).length > 0) return;

    await run(async () => {
      const { account, code } = await createAccount(accountInputOf(draft));
      handOverIssuedCode({ accountName: account.name, roleLabel: roleLabel(account.role), code });
      void Taro.showToast({ title: '账号已创建', icon: 'success' });
      void Taro.redirectTo({ url: DISTRICT_URLS.accountCode });
    });
  }

  return { draft, change, errors, formError, submitting, submit };
}
