import { assignInput, liaisonAttachInput } from '../../src/core/contracts/org.contracts';
import { AppError, forbidden, invalid, notFound } from '../../src/core/errors';
import type { AccountView, EnterpriseView } from '../../src/core/org/org.model';
import { countsTowardAverage, isStewardOverloaded, UNBOUND_STEWARD_REFUSAL, unitAverageRefusal, wouldExceedUnitAverage } from '../../src/core/org/staffing.rules';
import { defineAction } from '../runtime/define-action';
import { assertAccess } from '../runtime/access';
import type { ActionContext } from '../runtime/action-context';
import { enterpriseRepo } from '../db/enterprise.repo';
import { moveEnterpriseRecords } from '../db/enterprise-records';
import { staffingChanged, unitLoad } from '../db/staffing.query';
import { userRepo } from '../db/user.repo';
import { toAccountView, toEnterpriseView } from './org.view';
import { withStaffingHold } from './staffing-hold';
import { checkStaffingSeat } from './staffing-checks';

/** An active steward of the caller's unit, or a clear refusal. */
export const unitSteward = async (ctx: ActionContext, stewardId: string, field = 'stewardId') => {
  const steward = await userRepo.get(ctx.db, stewardId);
  if (!steward || steward.role !== 'steward') throw invalid('请选择服务管家', { [field]: '请选择服务管家' });
  assertAccess(ctx.user, 'account', steward, '只能选择本单位的服务管家');
  if (steward.status !== 'active') throw invalid('该管家账号已停用', { [field]: '该管家账号已停用' });
  if (!countsTowardAverage(steward)) throw invalid(UNBOUND_STEWARD_REFUSAL, { [field]: UNBOUND_STEWARD_REFUSAL });
  return steward;
};

const assignmentAssign = defineAction({
  name: 'assignment.assign',
  roles: ['unit_admin'],
  input: assignInput,
  writes: 'enterprises',
  summary: '为本单位尚无管家的企业分配服务管家（一企一管家，平均不超过 10 家）',
  async handler(input, ctx): Promise<{ enterprise: EnterpriseView; stewardOverloaded: boolean }> {
    const enterprise = await enterpriseRepo.get(ctx.db, input.enterpriseId);
    if (!enterprise || enterprise.status !== 'active') throw notFound('企业不存在或已移出服务清单');
    assertAccess(ctx.user, 'enterprise', enterprise, '这家企业不属于本单位');
    if (enterprise.stewardId) throw invalid('该企业已有服务管家，更换管家请使用“管家交接”', { enterpriseId: '该企业已有服务管家' });
    const steward = await unitSteward(ctx, input.stewardId);
    // Counted and assigned under the unit's hold, so two assignments at once cannot both pass the limit.
    await withStaffingHold(ctx, enterprise.unitId, async () => {
      const load = await unitLoad(ctx.db, enterprise.unitId);
      if (wouldExceedUnitAverage(load, 1)) throw new AppError('RATIO_EXCEEDED', unitAverageRefusal(load, 1));
      // The where-guard keeps 一企一管家 even if two admins assign the same enterprise at once.
      const assigned = await enterpriseRepo.updateWhere(ctx.db, { _id: enterprise._id, stewardId: ctx.db.command.in(['', null]) }, { stewardId: steward._id, stewardName: steward.name, updatedAt: ctx.now() });
      if (assigned !== 1) throw new AppError('CONFLICT', '该企业刚刚已被分配，请刷新后查看');
    });
    await staffingChanged(ctx.db, enterprise.unitId);
    // Records made while it had no steward (an enterprise's own demands) now belong to the new one.
    await moveEnterpriseRecords(ctx.db, [enterprise._id], { id: steward._id, name: steward.name }, ctx.now());
    ctx.audit.record(enterprise._id, `将「${enterprise.name}」分配给管家「${steward.name}」`);
    const count = await enterpriseRepo.count(ctx.db, { stewardId: steward._id, status: 'active' });
    return { enterprise: toEnterpriseView({ ...enterprise, stewardId: steward._id, stewardName: steward.name }), stewardOverloaded: isStewardOverloaded(count) };
  },
});

const liaisonAttach = defineAction({
  name: 'liaison.attach',
  roles: ['unit_admin', 'district_admin'],
  input: liaisonAttachInput,
  writes: 'users',
  summary: '为服务管家配置联络员（每位管家一名；确需第二名由区科经委说明理由）',
  async handler(input, ctx): Promise<AccountView> {
    const liaison = await userRepo.get(ctx.db, input.liaisonId);
    if (!liaison || liaison.role !== 'liaison') throw notFound('联络员账号不存在');
    if (ctx.user.role === 'unit_admin' && liaison.unitId && liaison.unitId !== ctx.user.unitId) throw forbidden('只能调整本单位的联络员');
    const steward = await unitSteward(ctx, input.stewardId);
    if (liaison.unitId && liaison.unitId !== steward.unitId) throw invalid('联络员只能配合本单位的管家；跨单位请先调整联络员所属单位', { stewardId: '请选择联络员所在单位的管家' });
    const staffingOverride = liaison.status === 'active' ? await checkStaffingSeat(ctx, { ...liaison, stewardId: steward._id }, input.overrideReason) : undefined;
    const patch = { stewardId: steward._id, unitId: steward.unitId, ...(staffingOverride ? { staffingOverride } : {}) };
    // Conditional on whom the liaison helped when read: of two changes at once, the second is refused.
    const _ = ctx.db.command;
    const guard = { _id: liaison._id, role: 'liaison', stewardId: liaison.stewardId ?? _.exists(false), unitId: liaison.unitId ?? _.exists(false) };
    if ((await userRepo.updateWhere(ctx.db, guard, patch)) !== 1) throw new AppError('CONFLICT', '联络员刚刚已被他人调整，请刷新后查看');
    ctx.audit.record(liaison._id, `联络员「${liaison.name}」配合管家「${steward.name}」${staffingOverride ? `（例外配置：${staffingOverride.reason}）` : ''}`);
    return toAccountView({ ...liaison, ...patch });
  },
});

export const assignmentActions = [assignmentAssign, liaisonAttach];
