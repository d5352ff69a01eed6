import { action } from './action';
import { callAction } from './cloud';

export const recordContact = action('contact.record');

export const listContacts = action('contact.list');

export const listEnterpriseContacts = (enterpriseId: string) => callAction('enterpriseContact.list', { enterpriseId });

export const revokeEnterpriseContact = (userId: string) => callAction('enterpriseContact.revoke', { userId });
