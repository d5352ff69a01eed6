import { creditCodeProblem, CREDIT_CODE_MESSAGES } from '@/core/credit-code';
import type { EnterpriseView } from '@/core/org/org.model';

export interface EnterpriseDraft {
  name: string;
  creditCode: string;
  industry: string;
  address: string;
  unitId: string;
  stewardId: string;
  /** As typed: separated by 、 or , (either width). */
  tags: string;
  contactCadenceDays: string;
  visitCadenceDays: string;
}

export type EnterpriseField = keyof EnterpriseDraft;
export type EnterpriseErrors = Partial<Record<EnterpriseField, string>>;

export const emptyEnterpriseDraft = (): EnterpriseDraft => ({
  name: '',
  creditCode: '',
  industry: '',
  address: '',
  unitId: '',
  stewardId: '',
  tags: '',
  contactCadenceDays: '30',
  visitCadenceDays: '90',
});

export const draftOf = (e: EnterpriseView): EnterpriseDraft => ({
  name: e.name,
  creditCode: e.creditCode,
  industry: e.industry,
  address: e.address,
  unitId: e.unitId,
  stewardId: e.stewardId,
  tags: e.tags.join('、'),
  contactCadenceDays: String(e.contactCadenceDays),
  visitCadenceDays: String(e.visitCadenceDays),
});

export const splitTags = (typed: string) =>
  typed
    .split(/[、,，]/)
    .map((tag) => tag.trim())
    .filter(Boolean);

function lengthProblem(value: string, min: number, max: number, empty: string, short: string, long: string) {
  const length = value.trim().length;
  if (length === 0) return empty;
  if (length < min) return short;
  if (length > max) return long;
  return undefined;
}

function daysProblem(typed: string, min: number, max: number, what: string) {
  const days = Number(typed);
  if (!/^\d+$/.test(typed.trim())) return `请填写${what}天数`;
  if (days < min) return `${what}至少 ${min} 天`;
  if (days > max) return `${what}不超过 ${max} 天`;
  return undefined;
}

/** The wording of enterpriseCreateInput / enterpriseUpdateInput, checked on the device first. */
export function validateEnterpriseDraft(draft: EnterpriseDraft): EnterpriseErrors {
  const errors: EnterpriseErrors = {
    name: lengthProblem(draft.name, 4, 60, '请填写企业名称', '企业名称至少 4 个字', '企业名称不超过 60 个字'),
    industry: lengthProblem(draft.industry, 2, 20, '请填写行业', '请填写行业', '行业不超过 20 个字'),
    address: lengthProblem(draft.address, 4, 100, '请填写地址', '请填写地址', '地址不超过 100 个字'),
    contactCadenceDays: daysProblem(draft.contactCadenceDays, 7, 180, '联系周期'),
    visitCadenceDays: daysProblem(draft.visitCadenceDays, 14, 365, '走访周期'),
  };
  const code = draft.creditCode.trim();
  if (!code) errors.creditCode = '请填写统一社会信用代码';
  else {
    const problem = creditCodeProblem(code);
    if (problem) errors.creditCode = CREDIT_CODE_MESSAGES[problem];
  }
  if (!draft.unitId) errors.unitId = '请选择属地单位';
  const tags = splitTags(draft.tags);
  if (tags.length > 10 || tags.some((tag) => tag.length > 20)) errors.tags = '标签最多 10 个，每个不超过 20 个字';
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as EnterpriseErrors;
}

/** The fields both create and update send. */
export function editableFieldsOf(draft: EnterpriseDraft) {
  return {
    name: draft.name.trim(),
    industry: draft.industry.trim(),
    address: draft.address.trim(),
    tags: splitTags(draft.tags),
    contactCadenceDays: Number(draft.contactCadenceDays),
    visitCadenceDays: Number(draft.visitCadenceDays),
  };
}
