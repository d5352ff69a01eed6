import type { ContactView } from '../../src/core/org/org.model';
import type { FileStore } from '../runtime/action-context';
import type { ContactDoc } from '../db/contact.repo';
import { tempUrlsOf } from './file-urls';

const toContactView = (c: ContactDoc, urls: Map<string, string>): ContactView => ({
  id: c._id,
  enterpriseId: c.enterpriseId,
  enterpriseName: c.enterpriseName,
  type: c.type,
  at: new Date(c.at).toISOString(),
  who: c.who,
  topics: c.topics,
  outcome: c.outcome,
  nextStep: c.nextStep,
  recordedBy: c.recordedBy,
  recordedByName: c.recordedByName,
  checkIn: c.checkIn ? { at: new Date(c.checkIn.at).toISOString(), distanceMeters: c.checkIn.distanceMeters, ...(c.checkInFlag ? { flag: c.checkInFlag } : {}) } : undefined,
  photos: (c.checkIn?.photoFileIds ?? []).map((fileId) => ({ fileId, url: urls.get(fileId) })),
  createdAt: new Date(c.createdAt).toISOString(),
});

/** Contacts as the history shows them, with a short-lived link to each visit photo. */
export const toContactViews = async (files: FileStore, contacts: ContactDoc[]): Promise<ContactView[]> => {
  const urls = await tempUrlsOf(files, contacts.flatMap((c) => c.checkIn?.photoFileIds ?? []));
  return contacts.map((c) => toContactView(c, urls));
};
