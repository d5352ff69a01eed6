import Taro from '@tarojs/taro';
import type { ContactView } from '@/core/org/org.model';
import type { SessionUser } from '@/core/session.model';

/** The server lets the recorder correct a contact record for this long (contact.update). */
export const CORRECTION_WINDOW_HOURS = 24;
const WINDOW_MS = CORRECTION_WINDOW_HOURS * 3600_000;

/** Whether to offer 更正 on a record: one's own, within 24 hours of recording it (the server checks again). */
export function canCorrect(record: ContactView, user: SessionUser | null | undefined, nowMs = Date.now()): boolean {
  if (!user || (user.role !== 'steward' && user.role !== 'liaison')) return false;
  if (record.recordedBy !== user.id) return false;
  const age = nowMs - Date.parse(record.createdAt);
  return age >= -5 * 60_000 && age < WINDOW_MS;
}

const STORE_KEY = 'contact-correction';

/** The record travels to the correction page through storage: there is no action to fetch one record. */
export function handOverRecord(record: ContactView): void {
  Taro.setStorageSync(STORE_KEY, record);
}

export function takeRecord(id: string): ContactView | null {
  const stored = Taro.getStorageSync(STORE_KEY) as ContactView | '';
  return stored && typeof stored === 'object' && stored.id === id ? stored : null;
}
