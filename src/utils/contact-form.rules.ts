import { CHECK_IN_REQUIRED, CONTACT_TEXT, ON_SITE, type ContactType } from '@/core/contracts/contact.fields';
import { textProblem } from '@/core/contracts/text-rule';
import { presentErrors } from './form-errors';

export { CONTACT_TYPES, ON_SITE } from '@/core/contracts/contact.fields';
/** The text limits of `contact.record`, for the inputs' maxlength. */
export const LIMITS = CONTACT_TEXT;
export const NEXT_STEP_MAX = CONTACT_TEXT.nextStep.max;

export interface ContactDraft {
  enterpriseId: string;
  type: ContactType | '';
  date: string;
  time: string;
  who: string;
  topics: string;
  outcome: string;
  nextStep: string;
}

type ContactField = 'enterpriseId' | 'type' | 'at' | 'who' | 'topics' | 'outcome' | 'nextStep' | 'checkIn';
type ContactErrors = Partial<Record<ContactField, string>>;
export const CONTACT_FIELDS: readonly ContactField[] = ['enterpriseId', 'type', 'at', 'who', 'topics', 'outcome', 'nextStep', 'checkIn'];

/** The content of a contact record, as `contact.record` and `contact.update` check it. */
export const contactTextErrors = (values: Pick<ContactDraft, 'who' | 'topics' | 'outcome' | 'nextStep'>) =>
  presentErrors({
    who: textProblem(values.who, CONTACT_TEXT.who),
    topics: textProblem(values.topics, CONTACT_TEXT.topics),
    outcome: textProblem(values.outcome, CONTACT_TEXT.outcome),
    nextStep: textProblem(values.nextStep, CONTACT_TEXT.nextStep),
  });

/** `atMs` is the chosen contact time; a contact cannot be recorded ahead of time. */
export function validateContact(draft: ContactDraft, atMs: number, hasCheckIn: boolean, nowMs = Date.now()): ContactErrors {
  return presentErrors({
    enterpriseId: draft.enterpriseId ? undefined : '请选择企业',
    type: draft.type ? undefined : '请选择联系方式',
    at: Number.isNaN(atMs) ? '联系时间格式不正确' : atMs > nowMs + 5 * 60_000 ? '联系时间不能晚于现在' : undefined,
    ...contactTextErrors(draft),
    checkIn: draft.type === ON_SITE && !hasCheckIn ? CHECK_IN_REQUIRED : undefined,
  });
}
