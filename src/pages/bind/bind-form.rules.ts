import { BINDING_CODE_FORMAT, PERSON_NAME } from '@/core/contracts/org.fields';
import { textProblem } from '@/core/contracts/text-rule';
import { BINDING_CODE_ALPHABET, BINDING_CODE_LENGTH, normalizeBindingCode } from '@/core/org/binding-code.rules';
import { phoneProblem } from '@/utils/contact-details.rules';
import { presentErrors } from '@/utils/form-errors';

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
  const name = draft.name.trim();
  return presentErrors({
    code: codeProblem(cleanCode(draft.code)),
    name: name ? textProblem(name, PERSON_NAME) : undefined,
    phone: phoneProblem(draft.phone),
  });
}

function codeProblem(code: string): string | undefined {
  if (!code) return BINDING_CODE_FORMAT.missing;
  if (code.length < BINDING_CODE_LENGTH) return BINDING_CODE_FORMAT.short;
  const wellFormed = code.length === BINDING_CODE_LENGTH && [...code].every((c) => BINDING_CODE_ALPHABET.includes(c));
  return wellFormed ? undefined : BINDING_CODE_FORMAT.malformed;
}
