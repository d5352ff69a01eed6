import { action } from './action';
import { callAction } from './cloud';

export const listEnterprises = action('enterprise.list');

/** The list under the same filters, as an Excel workbook (district and unit admins). */
export const exportEnterprises = action('enterprise.export');

export const getEnterprise = (id: string) => callAction('enterprise.get', { id });

/** One enterprise with its cadence, preferences and the latest of everything done with it. */
export const getEnterpriseProfile = (id: string) => callAction('enterprise.profile', { id });
