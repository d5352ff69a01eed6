import { randomBytes } from 'node:crypto';
import { AppError, notFound } from '../../src/core/errors';
import { bindingCodeProblem, normalizeBindingCode } from '../../src/core/org/binding-code.rules';
import { DESK_ROLES } from '../../src/core/roles';
import { auditRepo } from '../db/audit.repo';
import { withBindingAttempt } from '../db/binding-attempts';
import { bindingCodeRepo } from '../db/binding-code.repo';
import { userRepo, type UserDoc } from '../db/user.repo';
import type { Database } from '../runtime/cloud-types';

/** A fresh CloudBase custom-login user id (4–32 characters): a new one at every binding ends older sessions. */
const newDeskUserId = () => `desk-${randomBytes(12).toString('hex')}`;

const admitToDesk = (account: UserDoc): UserDoc => {
  if (!DESK_ROLES.includes(account.role)) throw new AppError('DESK_ROLE_REFUSED');
  if (account.status !== 'active') throw new AppError('ACCOUNT_DISABLED');
  return account;
};

/**
 * The account a verified unified identity signs in as. A subject already bound signs in; an
 * unbound one binds with a one-time account code, the same codes, rules and lock on wrong codes
 * as the WeChat binding (account.bind): the code is spent exactly once, and the account then
 * carries the subject (`oidcSubject`) and a new custom-login user id. Enterprise contacts stay on
 * the mini-program.
 */
export const deskAccountFor = async (db: Database, subject: string, typedCode: string | undefined, now: Date): Promise<{ account: UserDoc; bound: boolean }> => {
  const known = await userRepo.findByOidcSubject(db, subject);
  if (known) return { account: admitToDesk(known), bound: false };
  if (!typedCode) throw new AppError('DESK_UNBOUND');

  // Under the subject's binding lease, as account.bind holds the WeChat user's: wrong codes count
  // towards the same lock, and two codes raced by one subject cannot bind two accounts.
  return withBindingAttempt(db, `oidc:${subject}`, () => now, async (refuseCode) => {
    // Read again under the lease: an attempt that ended a moment ago may have bound this subject.
    const boundMeanwhile = await userRepo.findByOidcSubject(db, subject);
    if (boundMeanwhile) return { account: admitToDesk(boundMeanwhile), bound: false };
    const code = await bindingCodeRepo.find(db, normalizeBindingCode(typedCode));
    const problem = bindingCodeProblem(code, now);
    if (problem || !code) return refuseCode(problem ?? 'unknown');
    if (code.kind !== 'account') throw new AppError('DESK_ROLE_REFUSED');
    const account = await userRepo.get(db, code.userId!);
    if (!account) throw notFound('账号已被删除，请联系区科经委');
    admitToDesk(account);
    if (!(await bindingCodeRepo.spend(db, code._id, `oidc:${subject}`, now))) return refuseCode('used');
    return bindAccount(db, account, subject, now);
  });
};

const bindAccount = async (db: Database, account: UserDoc, subject: string, now: Date): Promise<{ account: UserDoc; bound: boolean }> => {
  const desk = { oidcSubject: subject, deskUserId: newDeskUserId(), deskBoundAt: now };
  await userRepo.update(db, account._id, { ...desk, pendingCodeExpiresAt: db.command.remove() });
  await auditRepo.append(db, {
    at: now,
    actorId: account._id,
    actorRole: account.role,
    action: 'desk.finish',
    collection: 'users',
    recordId: account._id,
    summary: `「${account.name}」用绑定码绑定了统一身份认证（专窗平台）`,
    outcome: 'ok',
  });
  return { account: { ...account, ...desk }, bound: true };
};
