import QRCode from 'qrcode';
import type { IssuedCode } from '../../src/core/org/org.model';
import { formatBindingCode } from '../../src/core/org/binding-code.rules';
import { addCalendarDays, endOfShanghaiDay, shanghaiDate } from '../../src/core/time/shanghai';
import type { Database } from '../runtime/cloud-types';
import { bindingCodeId, newBindingCode } from './codes';
import type { BindingCodeDoc } from './documents';

const codes = (db: Database) => db.collection<BindingCodeDoc>('binding_codes');

export interface CodeTarget {
  kind: BindingCodeDoc['kind'];
  userId?: string;
  enterpriseId?: string;
}

/** Revoke the target's unused codes, so only the newest one works. */
export const revokePendingCodes = async (db: Database, target: CodeTarget, now: Date): Promise<number> => {
  const _ = db.command;
  const filter = target.kind === 'account' ? { userId: target.userId } : { enterpriseId: target.enterpriseId };
  const { stats } = await codes(db)
    .where({ ...filter, kind: target.kind, usedAt: _.exists(false), revokedAt: _.exists(false) })
    .update({ data: { revokedAt: now } });
  return stats.updated;
};

/** A fresh code valid until the end of the Nth Shanghai day from now; only its hash is stored. */
export const issueBindingCode = async (db: Database, target: CodeTarget, createdBy: string, now: Date, validDays: number): Promise<IssuedCode> => {
  await revokePendingCodes(db, target, now);
  const code = newBindingCode();
  const expiresAt = endOfShanghaiDay(addCalendarDays(shanghaiDate(now), validDays));
  await codes(db).add({ data: { _id: bindingCodeId(code), ...target, expiresAt, createdBy, createdAt: now } satisfies BindingCodeDoc });
  const qrDataUrl = await QRCode.toDataURL(`fwb-bind:${code}`, { margin: 1, width: 240 });
  return { code: formatBindingCode(code), expiresAt: expiresAt.toISOString(), qrDataUrl };
};

export const findBindingCode = async (db: Database, normalizedCode: string): Promise<BindingCodeDoc | null> => {
  const { data } = await codes(db).where({ _id: bindingCodeId(normalizedCode) }).limit(1).get();
  return data[0] ?? null;
};

/** Spend a code exactly once, even when two people type it at the same moment. */
export const spendBindingCode = async (db: Database, id: string, openid: string, now: Date): Promise<boolean> => {
  const _ = db.command;
  const { stats } = await codes(db)
    .where({ _id: id, usedAt: _.exists(false), revokedAt: _.exists(false), expiresAt: _.gt(now) })
    .update({ data: { usedAt: now, usedBy: openid } });
  return stats.updated === 1;
};
