import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/** One row per steward (or unit) per Shanghai day: the morning reminder is sent at most once. */
export interface ReminderLogDoc {
  _id: string;
  stewardId: string;
  date: string;
  overdue: number;
  dueSoon: number;
  status: 'claimed' | 'escalated';
  createdAt: Date;
}

const log = repository('reminder_log');

export const reminderLogRepo = {
  /** Claim today's reminder for a key; false when it was already claimed (the timer fired twice). */
  claim: (db: Database, doc: ReminderLogDoc): Promise<boolean> => log.insert(db, doc).then(() => true, () => false),
};
