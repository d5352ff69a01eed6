/** Where the organisation screens live; pages and tests share these. */
export const withQuery = (path: string, query: Record<string, string | undefined>) => {
  const parts = Object.entries(query)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${encodeURIComponent(value as string)}`);
  return parts.length ? `${path}?${parts.join('&')}` : path;
};

export const MY_ENTERPRISES_URL = '/steward/pages/enterprises/index';
export const HANDOVER_TASKS_URL = '/steward/pages/handover-tasks/index';
export const enterpriseProfileUrl = (id: string) => withQuery('/pages/enterprise-profile/index', { id });
export const recordContactUrl = (enterpriseId?: string, name?: string) =>
  withQuery('/steward/pages/record-contact/index', { enterpriseId, name });
export const contactCodeUrl = (enterpriseId: string, name?: string) =>
  withQuery('/steward/pages/contact-code/index', { enterpriseId, name });

export const UNIT_ASSIGN_URL = '/unit/pages/assign/index';
export const UNIT_HANDOVER_URL = '/unit/pages/handover/index';
export const UNIT_LIAISONS_URL = '/unit/pages/liaisons/index';
export const UNIT_CADENCE_URL = '/unit/pages/cadence/index';
export const cadenceEditUrl = (id: string) => withQuery('/unit/pages/cadence-edit/index', { id });
export const UNIT_PROPOSALS_URL = '/unit/pages/proposals/index';
export const UNIT_PROPOSAL_NEW_URL = '/unit/pages/proposal-new/index';

/** Route params may arrive still encoded on some platforms; decode once, tolerating plain text. */
export function paramText(value: string | undefined): string {
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
