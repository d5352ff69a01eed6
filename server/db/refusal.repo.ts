import type { Role } from '../../src/core/roles';
import { inShanghai } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/** Why a call was refused: who the caller is, not what they sent (see server/runtime/refusals.ts). */
export type RefusalReason = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'ACCOUNT_DISABLED' | 'BINDING_CODE_INVALID' | 'BINDING_LOCKED';

/**
 * Refused calls of one caller in one Shanghai hour, counted rather than listed one by one: a
 * caller hammering the api adds increments to one document, never rows.
 */
export interface RefusalDoc {
  /** `${caller}@${hour}` */
  _id: string;
  /** 'YYYY-MM-DDTHH' in Shanghai, and its start as a date (the index orders by it). */
  hour: string;
  hourStart: Date;
  /** The account when the caller has one; else the WeChat user; else 'anonymous'. */
  userId?: string;
  role?: Role;
  openid?: string;
  total: number;
  reasons: Partial<Record<RefusalReason, number>>;
  /** By action name, with '.' written as ':' (a dot would nest the field). */
  actions: Record<string, number>;
  firstAt: Date;
  lastAt: Date;
}

export interface Refusal {
  at: Date;
  reason: RefusalReason;
  action: string;
  openid?: string;
  /** A desk console caller (CloudBase custom login) whose session no longer names an account. */
  deskUserId?: string;
  userId?: string;
  role?: Role;
}

const refusals = repository('refusals');

const actionKey = (action: string) => action.replace(/\./g, ':');
export const actionName = (key: string) => key.replace(/:/g, '.');

export const refusalRepo = {
  ...refusals,

  /** Count one refusal in its caller-hour document, creating it on the hour's first refusal. */
  count: async (db: Database, r: Refusal): Promise<void> => {
    const _ = db.command;
    const hourOf = inShanghai(r.at).startOf('hour');
    const hour = hourOf.format('YYYY-MM-DD[T]HH');
    const caller = r.userId ?? (r.openid ? `openid:${r.openid}` : r.deskUserId ? `desk:${r.deskUserId}` : 'anonymous');
    const _id = `${caller}@${hour}`;
    const increment = () =>
      refusals.updateWhere(db, { _id }, { total: _.inc(1), reasons: { [r.reason]: _.inc(1) }, actions: { [actionKey(r.action)]: _.inc(1) }, lastAt: r.at });
    if ((await increment()) > 0) return;
    const doc: RefusalDoc = {
      _id, hour, hourStart: hourOf.toDate(), total: 1, reasons: { [r.reason]: 1 }, actions: { [actionKey(r.action)]: 1 }, firstAt: r.at, lastAt: r.at,
      ...(r.userId ? { userId: r.userId, role: r.role } : {}), ...(r.openid ? { openid: r.openid } : {}),
    };
    // The hour's first two refusals racing: the fixed _id makes the loser fall back to the increment.
    await refusals.insert(db, doc).catch(increment);
  },
};
