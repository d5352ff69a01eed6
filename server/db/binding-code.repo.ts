import { loadQrCode } from '../runtime/heavy-modules';
import type { IssuedCode } from '../../src/core/org/org.model';
import { formatBindingCode } from '../../src/core/org/binding-code.rules';
import { addCalendarDays, endOfShanghaiDay, shanghaiDate } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { bindingCodeId, newBindingCode } from './codes';
import { repository } from './repository';

/** A one-time code; its _id is the SHA-256 of the code, so the code itself is never stored. */
export interface BindingCodeDoc {
  _id: string;
  kind: 'account' | 'enterprise_contact';
  /** account: the account to bind. */
  userId?: string;
  /** enterprise_contact: the enterprise the person will represent. */
  enterpriseId?: string;
  expiresAt: Date;
  usedAt?: Date;
  usedBy?: string;
  revokedAt?: Date;
  createdBy: string;
  createdAt: Date;
}

export type CodeTarget = { kind: 'account'; userId: string } | { kind: 'enterprise_contact'; enterpriseId: string };

const codes = repository('binding_codes');
const unspent = (db: Database) => ({ usedAt: db.command.exists(false), revokedAt: db.command.exists(false) });

/** Revoke the target's unused codes. */
const revokePending = (db: Database, target: CodeTarget, now: Date): Promise<number> =>
  codes.updateWhere(db, { ...target, ...unspent(db) }, { revokedAt: now });

/**
 * Revoke the target's unused codes issued before this one (by time, then id), so of two codes
 * issued at once exactly one, the later, stays valid.
 */
const revokeOlder = (db: Database, target: CodeTarget, id: string, now: Date): Promise<number> => {
  const _ = db.command;
  return codes.updateWhere(db, _.and([{ ...target, ...unspent(db) }, _.or([{ createdAt: _.lt(now) }, { createdAt: now, _id: _.lt(id) }])]), { revokedAt: now });
};

export const bindingCodeRepo = {
  revokePending,

  /**
   * A fresh code valid until the end of the Nth Shanghai day from now; only its hash is stored.
   * Only the newest code of a target works: older ones are revoked after this one is stored.
   * Null when a code issued at the same moment is newer, so this one was revoked at once.
   */
  issue: async (db: Database, target: CodeTarget, createdBy: string, now: Date, validDays: number): Promise<IssuedCode | null> => {
    const code = newBindingCode();
    const id = bindingCodeId(code);
    const expiresAt = endOfShanghaiDay(addCalendarDays(shanghaiDate(now), validDays));
    await codes.insert(db, { _id: id, ...target, expiresAt, createdBy, createdAt: now });
    await revokeOlder(db, target, id, now);
    if ((await codes.get(db, id))?.revokedAt) return null;
    const qrDataUrl = await loadQrCode().toDataURL(`fwb-bind:${code}`, { margin: 1, width: 240 });
    return { code: formatBindingCode(code), expiresAt: expiresAt.toISOString(), qrDataUrl };
  },

  find: (db: Database, normalizedCode: string): Promise<BindingCodeDoc | null> => codes.get(db, bindingCodeId(normalizedCode)),

  /** Spend a code exactly once, even when two people type it at the same moment. */
  spend: async (db: Database, id: string, openid: string, now: Date): Promise<boolean> =>
    (await codes.updateWhere(db, { _id: id, ...unspent(db), expiresAt: db.command.gt(now) }, { usedAt: now, usedBy: openid })) === 1,
};
