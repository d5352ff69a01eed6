import { accountCreateInput, accountIdInput, accountListInput, accountSetStatusInput, accountUpdateInput } from '../../src/core/contracts/org.contracts';
import { ACCOUNT_CODE_VALID_DAYS } from '../../src/core/org/binding-code.rules';
import type { AccountView, IssuedCode } from '../../src/core/org/org.model';
import type { PageResult } from '../../src/core/demand/demand.model';
import { AppError, forbidden, invalid, notFound } from '../../src/core/errors';
import { ROLE_LABELS } from '../../src/core/roles';
import { emptyPage, fetchPage } from '../db/paging';
import { narrowedScope } from '../runtime/access';
import { defineAction } from '../runtime/define-action';
import type { ActionContext } from '../runtime/action-context';
import { bindingCodeRepo } from '../db/binding-code.repo';
import { newId } from '../db/codes';
import { departmentRepo } from '../db/department.repo';
import { unitRepo } from '../db/unit.repo';
import { userRepo, type UserDoc } from '../db/user.repo';
import { toAccountView } from './org.view';
import { assignRequiredCourses } from './training-assign';
import { checkStaffingSeat, requireNoEnterprises } from './staffing-checks';
import { moveAccount } from './account-move';
import { staffingChanged } from '../db/staffing.query';

/** Each staff role's required link: a unit, a department or a steward. */
const linkFor = async (input: { role: string; unitId?: string; departmentId?: string; stewardId?: string }, ctx: ActionContext) => {
  if (input.role === 'steward' || input.role === 'unit_admin') {
    if (!input.unitId || !(await unitRepo.get(ctx.db, input.unitId))) throw invalid('请选择所属单位', { unitId: '请选择所属单位' });
    return { unitId: input.unitId };
  }
  if (input.role === 'department') {
    if (!input.departmentId || !(await departmentRepo.get(ctx.db, input.departmentId))) throw invalid('请选择承办部门', { departmentId: '请选择承办部门' });
    return { departmentId: input.departmentId };
  }
  if (input.role === 'liaison') {
    const steward = input.stewardId ? await userRepo.get(ctx.db, input.stewardId) : null;
    if (!steward || steward.role !== 'steward') throw invalid('请选择联络员配合的服务管家', { stewardId: '请选择服务管家' });
    return { stewardId: steward._id, unitId: steward.unitId };
  }
  return {};
};

/** Said to the one of two admins issuing a code at once whose code the other's replaced. */
export const CODE_RACED = '刚刚已有人重新发放了绑定码，请刷新后查看';

const issueAccountCode = async (ctx: ActionContext, account: UserDoc): Promise<IssuedCode> => {
  const code = await bindingCodeRepo.issue(ctx.db, { kind: 'account', userId: account._id }, ctx.user._id, ctx.now(), ACCOUNT_CODE_VALID_DAYS);
  if (!code) throw new AppError('CONFLICT', CODE_RACED);
  await userRepo.update(ctx.db, account._id, { pendingCodeExpiresAt: new Date(code.expiresAt) });
  return code;
};

const staffAccount = async (ctx: ActionContext, id: string): Promise<UserDoc> => {
  const account = await userRepo.get(ctx.db, id);
  if (!account) throw notFound('账号不存在');
  if (account.role === 'enterprise') throw forbidden('企业联系人由服务管家发放绑定码，请在企业页面操作');
  return account;
};

const accountCreate = defineAction({
  name: 'account.create',
  roles: ['district_admin'],
  input: accountCreateInput,
  writes: 'users',
  summary: '创建管家、联络员、总管家、承办部门或区科经委账号，并发放一次性绑定码',
  async handler(input, ctx): Promise<{ account: AccountView; code: IssuedCode }> {
    const link = await linkFor(input, ctx);
    const staffingOverride = await checkStaffingSeat(ctx, { role: input.role, name: input.name, ...link }, input.overrideReason);
    const account: UserDoc = { _id: newId(), role: input.role, name: input.name, phone: input.phone, status: 'active', ...link, ...(staffingOverride ? { staffingOverride } : {}), createdAt: ctx.now() };
    await userRepo.insert(ctx.db, account);
    const code = await issueAccountCode(ctx, account);
    if (account.role === 'steward') await assignRequiredCourses(ctx.db, ctx.messages, account, 'new_steward', ctx.now());
    ctx.audit.record(account._id, `创建${ROLE_LABELS[input.role]}账号「${input.name}」并发放绑定码${staffingOverride ? `（例外配置：${staffingOverride.reason}）` : ''}`);
    return { account: toAccountView({ ...account, pendingCodeExpiresAt: new Date(code.expiresAt) }), code };
  },
});

const accountList = defineAction({
  name: 'account.list',
  roles: ['district_admin', 'unit_admin'],
  input: accountListInput,
  writes: false,
  summary: '账号列表（总管家只看本单位）',
  async handler(input, { db, user }): Promise<PageResult<AccountView>> {
    const scope = narrowedScope(user, 'account', { unitId: input.unitId, role: input.role, status: input.status }, '只能查看本单位的账号');
    if (!scope) return emptyPage(input);
    const filter: Record<string, unknown> = { ...scope };
    const page = await fetchPage(userRepo.find(db, filter).orderBy('createdAt', 'desc'), input, (u) => u);
    // The liaison list names each one's steward: the page's stewards only (a unit may have hundreds).
    const stewardNames = input.role === 'liaison' ? await userRepo.namesOf(db, page.items.flatMap((u) => (u.stewardId ? [u.stewardId] : []))) : new Map<string, string>();
    return { ...page, items: page.items.map((u) => toAccountView(u, stewardNames.get(u.stewardId ?? ''))) };
  },
});

const accountSetStatus = defineAction({
  name: 'account.setStatus',
  roles: ['district_admin'],
  input: accountSetStatusInput,
  writes: 'users',
  summary: '停用或启用账号（下一次调用即生效；名下有企业的管家须先交接）',
  async handler(input, ctx): Promise<AccountView> {
    if (input.id === ctx.user._id) throw forbidden('不能停用自己的账号');
    const account = await userRepo.get(ctx.db, input.id);
    if (!account) throw notFound('账号不存在');
    if (input.status === 'disabled') await requireNoEnterprises(ctx, account, '停用');
    const staffingOverride = input.status === 'active' && account.status !== 'active' ? await checkStaffingSeat(ctx, account, input.overrideReason) : undefined;
    const patch = { status: input.status, ...(staffingOverride ? { staffingOverride } : {}) };
    // Conditional on the status as read: of two changes at once, the second is refused.
    if ((await userRepo.updateWhere(ctx.db, { _id: account._id, status: account.status }, patch)) !== 1) throw new AppError('CONFLICT', '账号状态刚刚已被他人修改，请刷新后查看');
    if (account.role === 'steward') await staffingChanged(ctx.db, account.unitId);
    ctx.audit.record(account._id, `${input.status === 'disabled' ? '停用' : '启用'}账号「${account.name}」${staffingOverride ? `（例外配置：${staffingOverride.reason}）` : ''}`);
    return toAccountView({ ...account, ...patch });
  },
});

const accountUpdate = defineAction({
  name: 'account.update',
  roles: ['district_admin'],
  input: accountUpdateInput,
  writes: 'users',
  summary: '修改账号的姓名、手机号和所属单位（管家跨单位调整须先交接名下企业）',
  async handler(input, ctx): Promise<AccountView> {
    const account = await staffAccount(ctx, input.id);
    const { changed, summary } = await moveAccount(ctx, account, input);
    if (changed.length === 0) {
      ctx.audit.unchanged();
      return toAccountView(account);
    }
    ctx.audit.record(account._id, summary);
    return toAccountView((await userRepo.get(ctx.db, account._id))!);
  },
});

const accountReissueCode = defineAction({
  name: 'account.reissueCode',
  roles: ['district_admin'],
  input: accountIdInput,
  writes: 'users',
  summary: '重新发放绑定码（旧码作废；已绑定的账号用新码换绑微信）',
  async handler(input, ctx): Promise<IssuedCode> {
    const account = await staffAccount(ctx, input.id);
    const code = await issueAccountCode(ctx, account);
    ctx.audit.record(account._id, `为「${account.name}」重新发放绑定码`);
    return code;
  },
});

const accountRevokeCode = defineAction({
  name: 'account.revokeCode',
  roles: ['district_admin'],
  input: accountIdInput,
  writes: 'users',
  summary: '作废账号未使用的绑定码',
  async handler(input, ctx): Promise<{ revoked: number }> {
    const account = await staffAccount(ctx, input.id);
    const revoked = await bindingCodeRepo.revokePending(ctx.db, { kind: 'account', userId: account._id }, ctx.now());
    await userRepo.update(ctx.db, account._id, { pendingCodeExpiresAt: ctx.db.command.remove() });
    ctx.audit.record(account._id, `作废「${account.name}」的绑定码 ${revoked} 个`);
    return { revoked };
  },
});

export const accountActions = [accountCreate, accountList, accountUpdate, accountSetStatus, accountReissueCode, accountRevokeCode];
