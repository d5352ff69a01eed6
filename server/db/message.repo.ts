import { MESSAGE_RETENTION_DAYS } from '../../src/core/notify/message.model';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/** One in-app message to one account; the message centre reads these. */
export interface MessageDoc {
  _id: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  link?: string;
  recordId: string;
  read: boolean;
  readAt?: Date;
  createdAt: Date;
  /** When the hourly job may remove it (a year after it was sent). */
  expiresAt: Date;
}

const messages = repository('messages');
const DAY_MS = 86_400_000;
/** CloudBase removes at most this many documents a call; the job repeats until none are left. */
const PURGE_BATCH = 1000;

export const messageRepo = {
  ...messages,

  expiryFor: (createdAt: Date): Date => new Date(createdAt.getTime() + MESSAGE_RETENTION_DAYS * DAY_MS),

  unreadCount: (db: Database, userId: string): Promise<number> => messages.count(db, { userId, read: false }),

  /** Marks the given (or all) unread messages of one account read; answers how many changed. */
  markRead: (db: Database, userId: string, ids: string[] | 'all', now: Date): Promise<number> => {
    const _ = db.command;
    const filter = ids === 'all' ? { userId, read: false } : { userId, read: false, _id: _.in(ids) };
    return messages.updateWhere(db, filter, { read: true, readAt: now });
  },

  /**
   * Removes messages past their year, a batch at a time by the expiry index, until none is left or
   * the timer run's time is up (what is left is still expired for the next run).
   */
  purgeExpired: async (db: Database, now: Date, timeUp: () => boolean = () => false): Promise<{ removed: number; done: boolean }> => {
    const _ = db.command;
    let removed = 0;
    for (;;) {
      const { data } = await messages.of(db).where({ expiresAt: _.lt(now) }).orderBy('expiresAt', 'asc').limit(PURGE_BATCH).field({ _id: true }).get();
      if (!data.length) return { removed, done: true };
      removed += await messages.removeWhere(db, { _id: _.in(data.map((m) => m._id)) });
      if (data.length < PURGE_BATCH) return { removed, done: true };
      if (timeUp()) return { removed, done: false };
    }
  },
};
