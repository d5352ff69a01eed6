import { accountBindInput, contactCodeIssueInput, enterpriseContactRevokeInput } from '../../src/core/contracts/org.contracts';
import { AppError, invalid, notFound } from '../../src/core/errors';
import type { ParsedInput } from '../../src/core/contracts';
import { bindingCodeProblem, CONTACT_CODE_VALID_DAYS, normalizeBindingCode } from '../../src/core/org/binding-code.rules';
import type { EnterpriseContactView, IssuedCode } from '../../src/core/org/org.model';
import { defineAction } from '../runtime/define-action';
import type { ActionContext } from '../runtime/action-context';
import { withBindingAttempt, type RefuseCode } from '../db/binding-attempts';
import { bindingCodeRepo } from '../db/binding-code.repo';
import { newId } from '../db/codes';
import { enterpriseRepo } from '../db/enterprise.repo';
import { userRepo, type UserDoc } from '../db/user.repo';
import { sessionMe } from './session.actions';
import { CODE_RACED } from './account.actions';
import { enterpriseInScope } from '../runtime/access';
import { staffingChanged } from '../db/staffing.query';

/**
 * Binding stands in for 统一身份认证: the person proves who they are with a one-time code handed
 * to them, and the WeChat OPENID of this call is bound to the account. A unified identity provider
 * can later replace the code step: it would assert the person's identity, and this action would
 * look the account up by that identity instead of by code; the rest (one OPENID per account,
 * audit, disable on the next call) stays as it is.
 */
const accountBind = defineAction({
  name: 'account.bind',
  roles: 'anyone',
  input: accountBindInput,
  writes: 'users',
  summary: '输入一次性绑定码，把当前微信绑定到账号（或成为企业联系人）',
  async handler(input, ctx) {
    const { db, caller, now } = ctx;
    // A desk console caller is always bound (its unified identity was bound at sign-in).
    if (caller.user || !caller.openid) throw new AppError('ALREADY_BOUND');
    const openid = caller.openid;
    return withBindingAttempt(db, openid, now, (refuse) => bind(input, ctx, openid, refuse));
  },
});

/** One attempt, holding the WeChat user's lease: nothing else binds this user meanwhile. */
const bind = async (input: ParsedInput<'account.bind'>, ctx: ActionContext, openid: string, refuseCode: RefuseCode) => {
  const { db, caller, now } = ctx;
  // Read again under the lease: an attempt that ended a moment ago may have bound this user.
  if (await userRepo.findByOpenid(db, openid)) throw new AppError('ALREADY_BOUND');
  const code = await bindingCodeRepo.find(db, normalizeBindingCode(input.code));
  const problem = bindingCodeProblem(code, now());
  if (problem || !code) await refuseCode(problem ?? 'unknown');
  if (code!.kind === 'enterprise_contact' && !input.name) throw invalid('请填写您的姓名', { name: '企业联系人首次绑定请填写姓名' });
  if (!(await bindingCodeRepo.spend(db, code!._id, openid, now()))) await refuseCode('used');

  let user: UserDoc;
  if (code!.kind === 'account') {
    const account = await userRepo.get(db, code!.userId!);
    if (!account) throw notFound('账号已被删除，请联系区科经委');
    user = { ...account, openid, boundAt: now() };
    await userRepo.update(db, account._id, { openid, boundAt: now(), pendingCodeExpiresAt: db.command.remove() });
    if (account.role === 'steward') await staffingChanged(db, account.unitId);
  } else {
    const enterprise = await enterpriseRepo.get(db, code!.enterpriseId!);
    if (!enterprise || enterprise.status !== 'active') throw notFound('企业已移出服务清单');
    user = { _id: newId(), openid, boundAt: now(), role: 'enterprise', name: input.name!, phone: input.phone, status: 'active', enterpriseId: enterprise._id, unitId: enterprise.unitId, createdAt: now() };
    await userRepo.insert(db, user);
  }
  // The caller had no account when the call began: the audit names the account just bound.
  ctx.audit.record(user._id, `「${user.name}」用绑定码绑定了微信`, { actor: user });
  return sessionMe.handler({}, { ...ctx, caller: { ...caller, user }, user });
};

const contactCodeIssue = defineAction({
  name: 'enterpriseContact.issueCode',
  roles: ['steward', 'district_admin'],
  input: contactCodeIssueInput,
  writes: 'enterprises',
  summary: '为所服务企业发放联系人绑定码（可扫码）',
  async handler(input, ctx): Promise<IssuedCode> {
    const enterprise = await enterpriseInScope(ctx.db, ctx.user, input.enterpriseId, { served: true });
    const code = await bindingCodeRepo.issue(ctx.db, { kind: 'enterprise_contact', enterpriseId: enterprise._id }, ctx.user._id, ctx.now(), CONTACT_CODE_VALID_DAYS);
    if (!code) throw new AppError('CONFLICT', CODE_RACED);
    ctx.audit.record(enterprise._id, `为「${enterprise.name}」发放联系人绑定码`);
    return code;
  },
});

const enterpriseContactList = defineAction({
  name: 'enterpriseContact.list',
  roles: ['steward', 'liaison', 'unit_admin', 'district_admin'],
  input: contactCodeIssueInput,
  writes: false,
  summary: '企业的联系人',
  async handler(input, { db, user }): Promise<EnterpriseContactView[]> {
    const enterprise = await enterpriseInScope(db, user, input.enterpriseId);
    const contacts = await userRepo.all(db, { role: 'enterprise', enterpriseId: enterprise._id });
    return contacts.map((u) => ({ id: u._id, name: u.name, phone: u.phone, bound: !!u.openid, status: u.status }));
  },
});

const enterpriseContactRevoke = defineAction({
  name: 'enterpriseContact.revoke',
  roles: ['steward', 'district_admin'],
  input: enterpriseContactRevokeInput,
  writes: 'users',
  summary: '撤销企业联系人（解除其微信绑定）',
  async handler(input, ctx): Promise<{ revoked: true }> {
    const contact = await userRepo.get(ctx.db, input.userId);
    if (!contact || contact.role !== 'enterprise') throw notFound('联系人不存在');
    const enterprise = await enterpriseInScope(ctx.db, ctx.user, contact.enterpriseId!);
    await userRepo.update(ctx.db, contact._id, { status: 'disabled', openid: ctx.db.command.remove(), revokedAt: ctx.now() });
    ctx.audit.record(contact._id, `撤销「${enterprise.name}」联系人「${contact.name}」`);
    return { revoked: true };
  },
});

export const bindingActions = [accountBind, contactCodeIssue, enterpriseContactList, enterpriseContactRevoke];
