import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { useSession } from '@/hooks/use-session';
import { bindAccount, codeFromScan } from '@/services/session.service';
import { toCloudError } from '@/services/cloud-error';
import { HOME_URL } from '@/utils/navigation';
import { hasErrors } from '@/utils/form-errors';
import { type BindDraft, type BindErrors, type BindField, cleanCode, validateBindDraft } from './bind-form.rules';

const FIELDS: BindField[] = ['code', 'name', 'phone'];

/** The binding form: checks, one send at a time, errors by the field, then home as the bound account. */
export function useBindForm() {
  const session = useSession();
  const [draft, setDraft] = useState<BindDraft>({ code: '', name: '', phone: '' });
  const [errors, setErrors] = useState<BindErrors>({});
  const [formError, setFormError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);

  const change = (patch: Partial<BindDraft>) => setDraft((current) => ({ ...current, ...patch }));

  async function scan() {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] });
      change({ code: codeFromScan(result) });
      setErrors((current) => ({ ...current, code: undefined }));
    } catch {
      // The person closed the scanner; the form stays as it was.
    }
  }

  async function submit() {
    if (inFlight.current) return;
    const clientErrors = validateBindDraft(draft);
    setErrors(clientErrors);
    setFormError('');
    if (hasErrors(clientErrors)) return;

    inFlight.current = true;
    setSubmitting(true);
    try {
      const name = draft.name.trim();
      const phone = draft.phone.trim();
      await bindAccount({ code: cleanCode(draft.code), ...(name ? { name } : {}), ...(phone ? { phone } : {}) });
      void Taro.showToast({ title: '绑定成功', icon: 'success' });
      await session.reload();
      void Taro.reLaunch({ url: HOME_URL });
    } catch (err) {
      const error = toCloudError(err);
      const byField: BindErrors = {};
      const other: string[] = [];
      for (const [path, message] of Object.entries(error.fields ?? {})) {
        const field = path.split('.').pop() as BindField;
        if (FIELDS.includes(field)) byField[field] = message;
        else other.push(message);
      }
      // A refused code is about the code field: expired, used, revoked or mistyped.
      if (error.code === 'BINDING_CODE_INVALID') byField.code = error.message;
      setErrors(byField);
      const showsMessage = error.code === 'BINDING_CODE_INVALID' || (hasErrors(byField) && other.length === 0);
      setFormError(showsMessage ? other.join('；') : [error.message, ...other].join('；'));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  return { draft, change, errors, formError, submitting, submit, scan };
}
