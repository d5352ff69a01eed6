import type { Database } from '../runtime/cloud-types';
import { newId } from './codes';
import { repository } from './repository';

/**
 * One WeChat user's binding attempts. Attempts of one user run one at a time: each holds a lease
 * taken with a conditional write, so wrong codes sent all at once are still counted one by one
 * and a user cannot bind two accounts by racing two codes.
 */
export interface BindingAttemptDoc {
  /** The WeChat user's OPENID. */
  _id: string;
  /** The latest wrong codes' times (at most 5, oldest first). */
  failures: Date[];
  /** Refused until then (the epoch when not refused). */
  lockedUntil: Date;
  /** The attempt in progress and until when its lease holds (the epoch when none is). */
  leaseId: string;
  leaseUntil: Date;
}

/** Longer than the api function may run (its timeout is 20 s), so a lease never ends under a running attempt. */
const LEASE_MS = 60_000;
const NEVER = new Date(0);

const attempts = repository('binding_attempts');

export type BindingAttemptStart = { attempt: BindingAttemptDoc } | { lockedUntil: Date } | { busy: true };

export const bindingAttemptRepo = {
  /** Start an attempt: refused while the user is locked out or another attempt of theirs runs. */
  begin: async (db: Database, openid: string, now: Date): Promise<BindingAttemptStart> => {
    const _ = db.command;
    const lease = { leaseId: newId(), leaseUntil: new Date(now.getTime() + LEASE_MS) };
    const taken = await attempts.updateWhere(db, { _id: openid, lockedUntil: _.lte(now), leaseUntil: _.lte(now) }, lease);
    if (taken === 0) {
      const first: BindingAttemptDoc = { _id: openid, failures: [], lockedUntil: NEVER, ...lease };
      // The fixed _id makes a second first attempt fail here and be refused below.
      const created = await attempts.insert(db, first).then(() => true, () => false);
      if (created) return { attempt: first };
    }
    const attempt = await attempts.get(db, openid);
    if (!attempt) throw new Error(`binding attempt ${openid} vanished`);
    if (attempt.leaseId !== lease.leaseId) return new Date(attempt.lockedUntil) > now ? { lockedUntil: new Date(attempt.lockedUntil) } : { busy: true };
    return { attempt };
  },

  /** A wrong code: remember it, and the lock it led to. */
  fail: (db: Database, attempt: BindingAttemptDoc, failures: Date[], lockedUntil: Date | null): Promise<number> =>
    attempts.updateWhere(db, { _id: attempt._id, leaseId: attempt.leaseId }, { failures, ...(lockedUntil ? { lockedUntil } : {}) }),

  /** The attempt is over, whatever its outcome. */
  end: (db: Database, attempt: BindingAttemptDoc): Promise<number> => attempts.updateWhere(db, { _id: attempt._id, leaseId: attempt.leaseId }, { leaseUntil: NEVER }),
};
