import type { ContactView } from '../../src/core/org/org.model';
import type { FileStore } from '../runtime/action-context';
import type { ContactDoc } from '../db/contact.repo';

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

/** CloudBase's getTempFileURL takes at most 50 files a call. */
const URLS_PER_CALL = 50;

/**
 * Contacts as the history shows them, with a short-lived link to each visit photo: one
 * temporary-URL request per 50 photos of the page, none when no record has a photo.
 */
export const toContactViews = async (files: FileStore, contacts: ContactDoc[]): Promise<ContactView[]> => {
  const fileIds = contacts.flatMap((c) => c.checkIn?.photoFileIds ?? []);
  const urls = new Map<string, string>();
  for (let i = 0; i < fileIds.length; i += URLS_PER_CALL) for (const [id, url] of await files.tempUrls(fileIds.slice(i, i + URLS_PER_CALL))) urls.set(id, url);
  return contacts.map((c) => toContactView(c, urls));
};
