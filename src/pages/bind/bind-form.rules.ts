import { BINDING_CODE_ALPHABET, BINDING_CODE_LENGTH, normalizeBindingCode } from '@/core/org/binding-code.rules';

export interface BindDraft {
  code: string;
  name: string;
  phone: string;
}

export type BindField = keyof BindDraft;
export type BindErrors = Partial<Record<BindField, string>>;

/** The code as the server stores it: upper case, without the spaces and dash people type. */
export const cleanCode = normalizeBindingCode;

/** The checks and wording of `account.bind` (accountBindInput), on the device first. */
export function validateBindDraft(draft: BindDraft): BindErrors {
  const errors: BindErrors = {};
  const code = cleanCode(draft.code);
  if (!code) errors.code = '请输入绑定码';
  else if (code.length < BINDING_CODE_LENGTH) errors.code = '请输入完整的绑定码';
  else if (code.length > BINDING_CODE_LENGTH || ![...code].every((c) => BINDING_CODE_ALPHABET.includes(c))) {
    errors.code = '绑定码格式不正确';
  }
  const name = draft.name.trim();
  if (name && name.length < 2) errors.name = '姓名至少 2 个字';
  else if (name.length > 20) errors.name = '姓名不超过 20 个字';
  const phone = draft.phone.trim();
  if (phone && !/^1\d{10}$/.test(phone)) errors.phone = '请填写 11 位手机号';
  return errors;
}

export const hasErrors = (errors: BindErrors) => Object.keys(errors).length > 0;
