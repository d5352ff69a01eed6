import type { z } from 'zod';
import type { accountUpdateInput } from '../../src/core/contracts/org.contracts';
import { invalid } from '../../src/core/errors';
import type { ActionContext } from '../runtime/action-context';
import { departmentRepo } from '../db/department.repo';
import { renameSteward } from '../db/enterprise-records';
import { unitRepo } from '../db/unit.repo';
import { userRepo, type UserDoc } from '../db/user.repo';
import { checkStaffingSeat, requireNoEnterprises } from './staffing-checks';
import { staffingChanged } from '../db/staffing.query';

type Changes = z.output<typeof accountUpdateInput>;
const UNIT_ROLES: readonly string[] = ['steward', 'unit_admin', 'liaison'];

/**
 * The district edits an account (art. 10: accounts are created and moved by the district). A
 * steward moves to another unit only with no enterprises left (a handover first); the liaisons
 * who helped them stay in the old unit, unattached, for its 总管家 to pair again. A liaison who
 * moves leaves its steward. A 总管家 moves only into a unit without one (or with the district's
 * reason). A renamed steward's name follows onto the enterprises and demands that show it.
 */
export const moveAccount = async (ctx: ActionContext, account: UserDoc, input: Changes): Promise<{ changed: string[]; summary: string }> => {
  const { db } = ctx;
  const patch: Record<string, unknown> = {};
  const said: string[] = [];
  const set = (field: string, value: unknown, words: string) => {
    patch[field] = value;
    said.push(words);
  };
  if (input.name && input.name !== account.name) set('name', input.name, `姓名改为「${input.name}」`);
  if (input.phone && input.phone !== account.phone) set('phone', input.phone, `手机号改为 ${input.phone}`);
  if (input.departmentId && input.departmentId !== account.departmentId) {
    if (account.role !== 'department') throw invalid('只有承办部门账号属于部门', { departmentId: '该账号不属于承办部门' });
    const department = await departmentRepo.get(db, input.departmentId);
    if (!department) throw invalid('请选择承办部门', { departmentId: '请选择承办部门' });
    set('departmentId', department._id, `调整到「${department.name}」`);
  }
  let detachLiaisons = false;
  if (input.unitId && input.unitId !== account.unitId) {
    if (!UNIT_ROLES.includes(account.role)) throw invalid('该账号不属于属地单位', { unitId: '该账号不属于属地单位' });
    const unit = await unitRepo.get(db, input.unitId);
    if (!unit) throw invalid('请选择所属单位', { unitId: '请选择所属单位' });
    if (account.role === 'steward') {
      await requireNoEnterprises(ctx, account, '调往其他单位');
      detachLiaisons = true;
    }
    if (account.role === 'unit_admin') {
      const override = await checkStaffingSeat(ctx, { ...account, unitId: unit._id }, input.overrideReason);
      if (override) set('staffingOverride', override, `例外配置：${override.reason}`);
    }
    if (account.role === 'liaison' && account.stewardId) patch.stewardId = db.command.remove();
    patch.unitId = unit._id;
    said.unshift(`调往「${unit.name}」`);
  }
  if (Object.keys(patch).length === 0) return { changed: [], summary: '' };
  await userRepo.update(db, account._id, patch);
  if (account.role === 'steward' && patch.unitId) await staffingChanged(db, account.unitId, patch.unitId as string);
  if (detachLiaisons) {
    const detached = await userRepo.updateWhere(db, { role: 'liaison', stewardId: account._id }, { stewardId: db.command.remove() });
    if (detached) said.push(`其联络员 ${detached} 人留在原单位待重新配置`);
  }
  if (patch.name && account.role === 'steward') await renameSteward(db, account._id, input.name!);
  return { changed: Object.keys(patch), summary: `修改账号「${account.name}」：${said.join('，')}` };
};
