/** Where the district workspace's pages live (the `district` subpackage). */
export const DISTRICT_URLS = {
  dashboard: '/district/pages/dashboard/index',
  accounts: '/district/pages/accounts/index',
  accountNew: '/district/pages/account-new/index',
  accountEdit: '/district/pages/account-edit/index',
  accountCode: '/district/pages/account-code/index',
  enterprises: '/district/pages/enterprises/index',
  enterpriseImport: '/district/pages/enterprise-import/index',
  proposals: '/district/pages/proposals/index',
  handovers: '/district/pages/handovers/index',
  audit: '/district/pages/audit/index',
  calendar: '/district/pages/calendar/index',
} as const;

export const enterpriseEditUrl = (id?: string) =>
  `/district/pages/enterprise-edit/index${id ? `?id=${encodeURIComponent(id)}` : ''}`;
