import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/**
 * One row per steward (or unit) per Shanghai day: the morning reminder is sent at most once. It is
 * claimed ('sending') just before the messages go out and marked 'sent' once they have gone (or
 * failed, as recorded in notifications); a run that dies in between leaves the claim, and a later
 * run sends again once the claim is older than any run can last — a reminder may then come twice,
 * never not at all.
 */
export interface ReminderLogDoc {
  /** `<stewardId>:<date>` or `unit:<unitId>:<date>`. */
  _id: string;
  kind: 'steward' | 'unit';
  /** '' for a unit's reminder. */
  stewardId: string;
  unitId?: string;
  date: string;
  overdue: number;
  dueSoon: number;
  status: 'sending' | 'sent';
  claimedAt: Date;
  sentAt?: Date;
  createdAt: Date;
}

const log = repository('reminder_log');

/** Longer than the cron function may run (60 s): a claim this old was left by a run that died. */
const ABANDONED_AFTER_MS = 5 * 60_000;

export const reminderLogRepo = {
  /**
   * Claim today's reminders for these keys; answers the ids this run may send. Keys already sent,
   * or being sent by a run still within its time, are left out (the timer fired twice).
   */
  claim: async (db: Database, docs: ReminderLogDoc[], at: Date): Promise<Set<string>> => {
    const _ = db.command;
    if (!docs.length) return new Set();
    const existing = new Map((await log.find(db, { _id: _.in(docs.map((d) => d._id)) }).limit(docs.length).get()).data.map((d) => [d._id, d]));
    const mine = new Set<string>();
    for (const doc of docs) {
      const old = existing.get(doc._id);
      if (!old || old.status !== 'sending' || at.getTime() - new Date(old.claimedAt).getTime() < ABANDONED_AFTER_MS) continue;
      // Take over an abandoned claim, conditional on it being the one read.
      if ((await log.updateWhere(db, { _id: doc._id, status: 'sending', claimedAt: old.claimedAt }, { claimedAt: at })) === 1) mine.add(doc._id);
    }
    const fresh = docs.filter((d) => !existing.has(d._id)).map((d) => ({ ...d, status: 'sending' as const, claimedAt: at }));
    try {
      await log.insertMany(db, fresh);
      fresh.forEach((d) => mine.add(d._id));
    } catch {
      // Another run claimed some of them meanwhile: claim one by one, keeping the ones still free.
      for (const d of fresh) if (await log.insert(db, d).then(() => true, () => false)) mine.add(d._id);
    }
    return mine;
  },

  /** After the messages went out (or failed and were recorded). */
  markSent: async (db: Database, ids: string[], at: Date): Promise<void> => {
    if (ids.length) await log.updateWhere(db, { _id: db.command.in(ids) }, { status: 'sent', sentAt: at });
  },
};
