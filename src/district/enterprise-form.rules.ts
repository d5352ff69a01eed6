import {
  CONTACT_CADENCE,
  DEFAULT_CONTACT_CADENCE_DAYS,
  DEFAULT_VISIT_CADENCE_DAYS,
  ENTERPRISE_TEXT,
  MAX_ENTERPRISE_TAGS,
  TAG_MAX_LENGTH,
  TAGS_MESSAGE,
  VISIT_CADENCE,
} from '@/core/contracts/org.fields';
import { daysProblem, textProblem } from '@/core/contracts/text-rule';
import { parseLocation } from '@/core/contact/geo';
import { creditCodeMessage } from '@/core/credit-code';
import type { EnterpriseView } from '@/core/org/org.model';
import { presentErrors } from '@/utils/form-errors';

export const ENTERPRISE_FIELDS = ['name', 'creditCode', 'industry', 'address', 'unitId', 'stewardId', 'tags', 'contactCadenceDays', 'visitCadenceDays', 'latitude', 'longitude'] as const;
export type EnterpriseField = (typeof ENTERPRISE_FIELDS)[number];
/** Every field as typed: tags separated by 、 or , (either width), the cadences in digits. */
export type EnterpriseDraft = Record<EnterpriseField, string>;
export type EnterpriseErrors = Partial<Record<EnterpriseField, string>>;

export const emptyEnterpriseDraft = (): EnterpriseDraft => ({
  name: '',
  creditCode: '',
  industry: '',
  address: '',
  unitId: '',
  stewardId: '',
  tags: '',
  contactCadenceDays: String(DEFAULT_CONTACT_CADENCE_DAYS),
  visitCadenceDays: String(DEFAULT_VISIT_CADENCE_DAYS),
  latitude: '',
  longitude: '',
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
  latitude: e.location ? String(e.location.latitude) : '',
  longitude: e.location ? String(e.location.longitude) : '',
});

const splitTags = (typed: string) =>
  typed
    .split(/[、,，]/)
    .map((tag) => tag.trim())
    .filter(Boolean);

/** The checks of enterpriseCreateInput / enterpriseUpdateInput, on the device first. */
export function validateEnterpriseDraft(draft: EnterpriseDraft): EnterpriseErrors {
  const tags = splitTags(draft.tags);
  const where = parseLocation(draft.latitude, draft.longitude).problem;
  return presentErrors({
    name: textProblem(draft.name, ENTERPRISE_TEXT.name),
    creditCode: creditCodeMessage(draft.creditCode),
    industry: textProblem(draft.industry, ENTERPRISE_TEXT.industry),
    address: textProblem(draft.address, ENTERPRISE_TEXT.address),
    unitId: draft.unitId ? undefined : '请选择属地单位',
    tags: tags.length > MAX_ENTERPRISE_TAGS || tags.some((tag) => tag.length > TAG_MAX_LENGTH) ? TAGS_MESSAGE : undefined,
    contactCadenceDays: daysProblem(draft.contactCadenceDays, CONTACT_CADENCE),
    visitCadenceDays: daysProblem(draft.visitCadenceDays, VISIT_CADENCE),
    [where?.startsWith('经度') ? 'longitude' : 'latitude']: where,
  });
}

/**
 * The location to send: the typed point, or null to take an existing one off (an update), or
 * nothing when there is neither.
 */
export const locationOf = (draft: Pick<EnterpriseDraft, 'latitude' | 'longitude'>, hadOne: boolean) => {
  const { location } = parseLocation(draft.latitude, draft.longitude);
  return location ? { location } : hadOne ? { location: null } : {};
};

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
