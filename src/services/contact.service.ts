import { action } from './action';
import { callAction } from './cloud';

export const recordContact = action('contact.record');

export const listContacts = action('contact.list');

export const issueContactCode = (enterpriseId: string) => callAction('enterpriseContact.issueCode', { enterpriseId });

export const listEnterpriseContacts = (enterpriseId: string) => callAction('enterpriseContact.list', { enterpriseId });

export const revokeEnterpriseContact = (userId: string) => callAction('enterpriseContact.revoke', { userId });

/** Corrects the content of one's own contact record within 24 hours of recording it (kept in the audit log). */
export const updateContact = action('contact.update');
