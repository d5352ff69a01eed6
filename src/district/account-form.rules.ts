import { DECISION_REASON, PERSON_NAME } from '@/core/contracts/org.fields';
import { textProblem } from '@/core/contracts/text-rule';
import type { StaffRole } from '@/core/org/org.model';
import { phoneProblem } from '@/utils/contact-details.rules';
import { presentErrors } from '@/utils/form-errors';

export interface AccountDraft {
  role: StaffRole;
  name: string;
  phone: string;
  unitId: string;
  departmentId: string;
  stewardId: string;
  /** Only after the server refused a second 总管家 or liaison: why the district makes an exception. */
  overrideReason: string;
}

export type AccountField = keyof AccountDraft;
type AccountErrors = Partial<Record<AccountField, string>>;

/** Which organisation fields each role needs. */
export const needsUnit = (role: StaffRole) => role === 'steward' || role === 'unit_admin' || role === 'liaison';
export const needsDepartment = (role: StaffRole) => role === 'department';
export const needsSteward = (role: StaffRole) => role === 'liaison';

/** The checks of `account.create` (accountCreateInput), on the device first. */
export function validateAccountDraft(draft: AccountDraft): AccountErrors {
  return presentErrors({
    name: textProblem(draft.name, PERSON_NAME),
    phone: phoneProblem(draft.phone),
    unitId: needsUnit(draft.role) && !draft.unitId ? '请选择所属单位' : undefined,
    departmentId: needsDepartment(draft.role) && !draft.departmentId ? '请选择承办部门' : undefined,
    stewardId: needsSteward(draft.role) && !draft.stewardId ? '请选择服务管家' : undefined,
    overrideReason: draft.overrideReason.trim() ? textProblem(draft.overrideReason, DECISION_REASON) : undefined,
  });
}

/** The exception's reason, sent only when the district wrote one. */
export const overrideOf = (draft: Pick<AccountDraft, 'overrideReason'>) => (draft.overrideReason.trim() ? { overrideReason: draft.overrideReason.trim() } : {});

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
    ...overrideOf(draft),
  };
}
