import { callAction } from '@/services/cloud';

/** A one-time code for a new enterprise contact to bind with. */
export const issueContactCode = (enterpriseId: string) => callAction('enterpriseContact.issueCode', { enterpriseId });
