import type { ErrorCode } from '../../src/core/errors';
import { refusalRepo, type RefusalReason } from '../db/refusal.repo';
import type { Database } from './cloud-types';
import type { Caller } from './action-context';

/**
 * Replies that refuse a caller for who they are rather than for what they sent: no identity,
 * no right, a disabled account, or a wrong one-time code (someone guessing codes) and the lock
 * that follows too many. They are counted for the district's security view instead of audited
 * one row each.
 */
const REFUSALS: ReadonlySet<ErrorCode> = new Set<RefusalReason>(['UNAUTHENTICATED', 'FORBIDDEN', 'ACCOUNT_DISABLED', 'BINDING_CODE_INVALID', 'BINDING_LOCKED']);

export const isRefusal = (code: ErrorCode): code is RefusalReason => REFUSALS.has(code);

/** Count a refusal; a failure to count is logged, never turned into the caller's error. */
export const countRefusal = async (db: Database, caller: Partial<Caller>, action: string, reason: RefusalReason, at: Date): Promise<void> => {
  try {
    const user = caller.user ?? undefined;
    await refusalRepo.count(db, { at, reason, action, openid: caller.openid, deskUserId: caller.deskUserId, userId: user?._id, role: user?.role });
  } catch (error) {
    console.error('[api] could not count a refused call', error);
  }
};
