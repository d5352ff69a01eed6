/** Where the field-work screens live (the `fieldwork` subpackage and a few role pages); pages and tests share these. */
const withQuery = (path: string, query: Record<string, string | undefined> = {}) => {
  const parts = Object.entries(query)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${encodeURIComponent(value as string)}`);
  return parts.length ? `${path}?${parts.join('&')}` : path;
};

const FW = '/fieldwork/pages';

export const cadenceListUrl = (state?: string) => withQuery(`${FW}/cadence/index`, { state });
export const researchListUrl = (query: { enterpriseId?: string; name?: string; open?: string } = {}) => withQuery(`${FW}/research/index`, query);
export const researchNewUrl = (enterpriseId?: string, name?: string, planId?: string) => withQuery(`${FW}/research-new/index`, { enterpriseId, name, planId });
export const researchPlanUrl = (enterpriseId?: string, name?: string) => withQuery(`${FW}/research-plan/index`, { enterpriseId, name });
export const reportListUrl = (query: { enterpriseId?: string; name?: string; risk?: string } = {}) => withQuery(`${FW}/reports/index`, query);
export const reportNewUrl = (enterpriseId?: string, name?: string) => withQuery(`${FW}/report-new/index`, { enterpriseId, name });
export const policyLibraryUrl = () => `${FW}/policies/index`;
export const policyPromoteUrl = (policyId: string, title: string, enterpriseId?: string, name?: string) => withQuery(`${FW}/policy-promote/index`, { policyId, title, enterpriseId, name });
export const promotionListUrl = (enterpriseId?: string, name?: string, tab?: 'todo') => withQuery(`${FW}/promotions/index`, { enterpriseId, name, tab });
export const contactEditUrl = (id: string) => withQuery(`${FW}/contact-edit/index`, { id });
export const enterpriseDemandsUrl = (enterpriseId: string, name?: string) => withQuery(`${FW}/enterprise-demands/index`, { enterpriseId, name });

export const ENTERPRISE_PREFERENCES_URL = '/enterprise/pages/preferences/index';
export const ENTERPRISE_CONTACTS_URL = '/enterprise/pages/contacts/index';
export const ENTERPRISE_POLICIES_URL = '/enterprise/pages/policies/index';

export const DISTRICT_POLICY_NEW_URL = '/district/pages/policy-new/index';
