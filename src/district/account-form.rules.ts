import type { StaffRole } from '@/core/org/org.model';

export interface AccountDraft {
  role: StaffRole;
  name: string;
  phone: string;
  unitId: string;
  departmentId: string;
  stewardId: string;
}

export type AccountField = keyof AccountDraft;
export type AccountErrors = Partial<Record<AccountField, string>>;

/** Which organisation fields each role needs. */
export const needsUnit = (role: StaffRole) => role === 'steward' || role === 'unit_admin' || role === 'liaison';
export const needsDepartment = (role: StaffRole) => role === 'department';
export const needsSteward = (role: StaffRole) => role === 'liaison';

/** The wording of `account.create` (accountCreateInput), checked on the device first. */
export function validateAccountDraft(draft: AccountDraft): AccountErrors {
  const errors: AccountErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = '请填写姓名';
  else if (name.length < 2) errors.name = '姓名至少 2 个字';
  else if (name.length > 20) errors.name = '姓名不超过 20 个字';
  const phone = draft.phone.trim();
  if (phone && !/^1\d{10}$/.test(phone)) errors.phone = '请填写 11 位手机号';
  if (needsUnit(draft.role) && !draft.unitId) errors.unitId = '请选择所属单位';
  if (needsDepartment(draft.role) && !draft.departmentId) errors.departmentId = '请选择承办部门';
  if (needsSteward(draft.role) && !draft.stewardId) errors.stewardId = '请选择服务管家';
  return errors;
}

/** The action's input: only the fields the role uses. */
export function accountInputOf(draft: AccountDraft) {
  const phone = draft.phone.trim();
  return {
    role: draft.role,
    name: draft.name.trim(),
    ...(phone ? { phone } : {}),
    ...(needsUnit(draft.role) ? { unitId: draft.unitId } : {}),
    ...(needsDepartment(draft.role) ? { departmentId: draft.departmentId } : {}),
    ...(needsSteward(draft.role) ? { stewardId: draft.stewardId } : {}),
  };
}

/** Server field paths may be nested (`input.name`); forms know the last segment. */
export function splitFieldErrors<F extends string>(fields: Record<string, string> | undefined, known: readonly F[]) {
  const byField: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(fields ?? {})) {
    const field = path.split('.').pop() as F;
    if (known.includes(field)) byField[field] = message;
    else other.push(message);
  }
  return { byField, other };
}
