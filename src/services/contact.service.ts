import type { PageResult } from '@/core/demand/demand.model';
import type { ContactView, EnterpriseContactView, IssuedCode } from '@/core/org/org.model';
import { callAction } from './cloud';

export interface CheckIn {
  at: string;
  latitude: number;
  longitude: number;
  photoFileIds: string[];
}

/** The shape of `contact.record` (contactRecordInput); typed here so the page does not ship zod. */
export interface RecordContactInput {
  enterpriseId: string;
  type: string;
  at: string;
  who: string;
  topics: string;
  outcome: string;
  nextStep: string;
  demandIds: string[];
  checkIn?: CheckIn;
}

export const recordContact = (input: RecordContactInput) =>
  callAction<{ id: string; completedHandoverTasks: number }>('contact.record', input);

export const listContacts = (input: { enterpriseId?: string; page?: number; pageSize?: number }) =>
  callAction<PageResult<ContactView>>('contact.list', input);

export const issueContactCode = (enterpriseId: string) => callAction<IssuedCode>('enterpriseContact.issueCode', { enterpriseId });

export const listEnterpriseContacts = (enterpriseId: string) =>
  callAction<EnterpriseContactView[]>('enterpriseContact.list', { enterpriseId });

export const revokeEnterpriseContact = (userId: string) =>
  callAction<{ revoked: true }>('enterpriseContact.revoke', { userId });

/** Corrects the content of one's own contact record within 24 hours of recording it (kept in the audit log). */
export const updateContact = (input: { id: string; who?: string; topics?: string; outcome?: string; nextStep?: string }) =>
  callAction<{ id: string; changed: string[] }>('contact.update', input);
