import { enterpriseCreateInput, enterpriseIdInput, enterpriseListInput, enterpriseRemoveInput, enterpriseUpdateInput } from '../../src/core/contracts/org.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import type { EnterpriseView } from '../../src/core/org/org.model';
import { AppError, forbidden, invalid, notFound } from '../../src/core/errors';
import { countsTowardAverage, unitAverageRefusal, wouldExceedUnitAverage } from '../../src/core/org/staffing.rules';
import { emptyPage, fetchPage } from '../db/paging';
import { defineAction } from '../runtime/define-action';
import { narrowedScope, enterpriseInScope } from '../runtime/access';
import { newId } from '../db/codes';
import { enterpriseRepo, isDuplicateCreditCode, type EnterpriseDoc } from '../db/enterprise.repo';
import { containsText } from '../db/text-search';
import { enterprisesNamedFromIndex } from '../db/enterprise-search';
import { staffingChanged, unitLoad } from '../db/staffing.query';
import { unitRepo } from '../db/unit.repo';
import { userRepo } from '../db/user.repo';
import { toEnterpriseView } from './org.view';
import { withStaffingHold } from './staffing-hold';

/** Up to this many enterprises a keyword matches are found through the name index. */
const KEYWORD_FROM_INDEX = 20;

const enterpriseList = defineAction({
  name: 'enterprise.list',
  roles: ['steward', 'liaison', 'unit_admin', 'district_admin'],
  input: enterpriseListInput,
  writes: false,
  summary: '按角色范围列出重点企业（可按单位、管家、名称筛选）',
  async handler(input, { db, user }): Promise<PageResult<EnterpriseView>> {
    const scope = narrowedScope(user, 'enterprise', { unitId: input.unitId, stewardId: input.stewardId }, '筛选条件超出您的服务范围');
    if (!scope) return emptyPage(input);
    const filter: Record<string, unknown> = { ...scope };
    if (!input.includeRemoved) filter.status = 'active';
    if (input.keyword) {
      // A rare name from the name index; a common one by the name order, where its matches are dense.
      const named = await enterprisesNamedFromIndex(db, input.keyword, scope.unitId, KEYWORD_FROM_INDEX);
      if (named === null || named === 'too many') filter.name = containsText(db, input.keyword);
      else if (named.length) filter._id = db.command.in(named);
      else return emptyPage(input);
    }
    return fetchPage(enterpriseRepo.find(db, filter).orderBy('name', 'asc'), input, (e) => toEnterpriseView(e));
  },
});

const enterpriseGet = defineAction({
  name: 'enterprise.get',
  roles: ['enterprise', 'steward', 'liaison', 'unit_admin', 'district_admin'],
  input: enterpriseIdInput,
  writes: false,
  summary: '查看一家企业的基本信息',
  async handler(input, { db, user }): Promise<EnterpriseView> {
    const enterprise = await enterpriseInScope(db, user, input.id);
    return toEnterpriseView(enterprise);
  },
});

const enterpriseCreate = defineAction({
  name: 'enterprise.create',
  roles: ['district_admin'],
  input: enterpriseCreateInput,
  writes: 'enterprises',
  summary: '新增重点企业',
  async handler(input, ctx): Promise<EnterpriseView> {
    if (!(await unitRepo.get(ctx.db, input.unitId))) throw invalid('属地单位不存在', { unitId: '请选择属地单位' });
    const user = input.stewardId ? await userRepo.get(ctx.db, input.stewardId) : null;
    if (input.stewardId && (!user || user.role !== 'steward' || user.unitId !== input.unitId || !countsTowardAverage(user))) throw invalid('请选择本单位在岗、已绑定微信的服务管家', { stewardId: '请选择本单位在岗、已绑定微信的服务管家' });
    const { stewardId: _ignored, ...fields } = input;
    const doc: EnterpriseDoc = { _id: newId(), ...fields, stewardId: user?._id ?? '', stewardName: user?.name ?? '', status: 'active', createdAt: ctx.now() };
    const insert = async () => {
      if (user) {
        const load = await unitLoad(ctx.db, input.unitId);
        if (wouldExceedUnitAverage(load, 1)) throw new AppError('RATIO_EXCEEDED', unitAverageRefusal(load, 1));
      }
      try {
        await enterpriseRepo.insert(ctx.db, doc);
      } catch (error) {
        if (isDuplicateCreditCode(error)) throw new AppError('DUPLICATE', '该统一社会信用代码已在企业清单中', { creditCode: '该统一社会信用代码已在企业清单中' });
        throw error;
      }
    };
    // With a steward, the new enterprise adds to the unit's count: counted and added under the unit's hold.
    await (user ? withStaffingHold(ctx, input.unitId, insert) : insert());
    await staffingChanged(ctx.db, doc.unitId);
    ctx.audit.record(doc._id, `新增企业「${doc.name}」`);
    return toEnterpriseView(doc);
  },
});

/** What the unit keeps up to date itself: how often it is contacted, and where it is (address and map point). */
const UNIT_FIELDS: readonly string[] = ['contactCadenceDays', 'visitCadenceDays', 'address', 'location'];

const enterpriseUpdate = defineAction({
  name: 'enterprise.update',
  roles: ['district_admin', 'unit_admin'],
  input: enterpriseUpdateInput,
  writes: 'enterprises',
  summary: '修改企业信息（总管家可调整本单位企业的联系周期、地址和位置）',
  async handler(input, ctx): Promise<EnterpriseView> {
    const enterprise = await enterpriseInScope(ctx.db, ctx.user, input.id);
    const { id, ...changes } = input;
    const changed = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    if (ctx.user.role === 'unit_admin' && Object.keys(changed).some((k) => !UNIT_FIELDS.includes(k))) {
      throw forbidden('总管家只能调整联系周期、走访周期、地址和位置，其他信息请联系区科经委修改');
    }
    if (Object.keys(changed).length === 0) {
      ctx.audit.unchanged();
      return toEnterpriseView(enterprise);
    }
    // null takes a wrong map point off: check-ins are then flagged as having nothing to measure against.
    const { location, ...rest } = changed as typeof changes;
    const patch = { ...rest, ...(location === null ? { location: ctx.db.command.remove() } : location ? { location } : {}), updatedAt: ctx.now() };
    // A cadence change moves the stored due date: written together, conditional on what it derives from.
    await enterpriseRepo.updateWithDue(ctx.db, enterprise, () => patch);
    const where = location ? `（位置 ${location.latitude.toFixed(5)}, ${location.longitude.toFixed(5)}）` : '';
    ctx.audit.record(id, `修改企业「${enterprise.name}」：${Object.keys(changed).join('、')}${where}`);
    return toEnterpriseView({ ...enterprise, ...rest, location: location === null ? undefined : (location ?? enterprise.location) });
  },
});

const enterpriseRemove = defineAction({
  name: 'enterprise.remove',
  roles: ['district_admin'],
  input: enterpriseRemoveInput,
  writes: 'enterprises',
  summary: '把企业移出服务清单（历史记录保留）',
  async handler(input, ctx): Promise<EnterpriseView> {
    const enterprise = await enterpriseRepo.get(ctx.db, input.id);
    if (!enterprise) throw notFound('企业不存在');
    if (enterprise.status === 'removed') {
      ctx.audit.unchanged();
      return toEnterpriseView(enterprise);
    }
    const removed = { status: 'removed' as const, removedAt: ctx.now(), removedReason: input.reason };
    // Removed once: a removal that lost the race to another changes and audits nothing.
    if ((await enterpriseRepo.updateWhere(ctx.db, { _id: enterprise._id, status: 'active' }, removed)) !== 1) {
      ctx.audit.unchanged();
      return toEnterpriseView((await enterpriseRepo.get(ctx.db, enterprise._id)) ?? enterprise);
    }
    await staffingChanged(ctx.db, enterprise.unitId);
    ctx.audit.record(enterprise._id, `移出企业「${enterprise.name}」：${input.reason}`);
    return toEnterpriseView({ ...enterprise, ...removed });
  },
});

export const enterpriseActions = [enterpriseList, enterpriseGet, enterpriseCreate, enterpriseUpdate, enterpriseRemove];
