import { AppError, forbidden } from '../../src/core/errors';
import { handoverFirst, liaisonTaken, unitAdminTaken } from '../../src/core/org/staffing.rules';
import type { ActionContext } from '../runtime/action-context';
import { enterpriseRepo } from '../db/enterprise.repo';
import { unitRepo } from '../db/unit.repo';
import { userRepo, type UserDoc } from '../db/user.repo';

type Seat = Pick<UserDoc, 'role' | 'unitId' | 'stewardId' | 'name'> & { _id?: string };

/** Who already holds the seat this account would take: the unit's 总管家, or the steward's liaison. */
const holderOf = async (ctx: ActionContext, account: Seat): Promise<{ holder: UserDoc; message: string } | null> => {
  const others = (list: UserDoc[]) => list.filter((u) => u._id !== account._id);
  if (account.role === 'unit_admin' && account.unitId) {
    const [holder] = others(await userRepo.findActive(ctx.db, { role: 'unit_admin', unitId: account.unitId }));
    if (holder) return { holder, message: unitAdminTaken((await unitRepo.get(ctx.db, account.unitId))?.name ?? '该单位', holder.name) };
  }
  if (account.role === 'liaison' && account.stewardId) {
    const [holder] = others(await userRepo.findActive(ctx.db, { role: 'liaison', stewardId: account.stewardId }));
    if (holder) return { holder, message: liaisonTaken((await userRepo.get(ctx.db, account.stewardId))?.name ?? '该管家', holder.name) };
  }
  return null;
};

/**
 * One 总管家 per unit and one liaison per steward. An active account holds its seat whether or
 * not it has been bound yet (its code may be on its way to the person). A second one is refused
 * with the holder's name, unless the district gives a reason, which is kept on the account.
 */
export const checkStaffingSeat = async (ctx: ActionContext, account: Seat, overrideReason?: string): Promise<UserDoc['staffingOverride'] | undefined> => {
  if (overrideReason && ctx.user.role !== 'district_admin') throw forbidden('只有区科经委可以说明理由后破例配置');
  const taken = await holderOf(ctx, account);
  if (!taken) return undefined;
  if (!overrideReason) throw new AppError('STAFFING_RULE', taken.message, { overrideReason: '如确需例外，请填写理由' });
  return { reason: overrideReason, by: ctx.user._id, at: ctx.now() };
};

/** A steward who still serves enterprises is neither disabled nor moved before a handover. */
export const requireNoEnterprises = async (ctx: ActionContext, steward: UserDoc, doing: '停用' | '调往其他单位'): Promise<void> => {
  if (steward.role !== 'steward') return;
  const serving = await enterpriseRepo.count(ctx.db, { stewardId: steward._id, status: 'active' });
  if (serving > 0) throw new AppError('HANDOVER_FIRST', handoverFirst(steward.name, serving, doing), undefined, { enterprises: serving });
};
