/**
 * The limits and wording of the server's `contact.record` contract (contact.contracts.ts),
 * checked on the device first. Kept here rather than imported so the page does not ship zod.
 */
export const CONTACT_TYPES = ['电话', '座谈', '上门走访', '短信/微信', '其他'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];
export const ON_SITE: ContactType = '上门走访';

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

export type ContactField = 'enterpriseId' | 'type' | 'at' | 'who' | 'topics' | 'outcome' | 'nextStep' | 'checkIn';
export type ContactErrors = Partial<Record<ContactField, string>>;
export const CONTACT_FIELDS: readonly ContactField[] = ['enterpriseId', 'type', 'at', 'who', 'topics', 'outcome', 'nextStep', 'checkIn'];

export const LIMITS = {
  who: { label: '联系对象', min: 2, max: 100 },
  topics: { label: '沟通内容', min: 4, max: 500 },
  outcome: { label: '联系成效', min: 2, max: 500 },
} as const;
export const NEXT_STEP_MAX = 300;

function contentError(value: string, { label, min, max }: { label: string; min: number; max: number }) {
  const length = value.trim().length;
  if (length < min) return `请填写${label}（至少 ${min} 个字）`;
  if (length > max) return `${label}不超过 ${max} 个字`;
  return undefined;
}

/** `atMs` is the chosen contact time; a contact cannot be recorded ahead of time. */
export function validateContact(draft: ContactDraft, atMs: number, hasCheckIn: boolean, nowMs = Date.now()): ContactErrors {
  const errors: ContactErrors = {};
  if (!draft.enterpriseId) errors.enterpriseId = '请选择企业';
  if (!draft.type) errors.type = '请选择联系方式';
  if (Number.isNaN(atMs)) errors.at = '联系时间格式不正确';
  else if (atMs > nowMs + 5 * 60_000) errors.at = '联系时间不能晚于现在';
  for (const field of ['who', 'topics', 'outcome'] as const) {
    const problem = contentError(draft[field], LIMITS[field]);
    if (problem) errors[field] = problem;
  }
  if (draft.nextStep.trim().length > NEXT_STEP_MAX) errors.nextStep = `下一步安排不超过 ${NEXT_STEP_MAX} 个字`;
  if (draft.type === ON_SITE && !hasCheckIn) errors.checkIn = '上门走访需要现场打卡定位';
  return errors;
}

export const hasErrors = (errors: object) => Object.keys(errors).length > 0;
