import { DEMAND_CATEGORIES } from '../../src/core/demand/demand.model';
import { invalid, notFound } from '../../src/core/errors';
import { SLICE_LABELS, type SliceDimension } from '../../src/core/figures/contributions';
import type { SliceView } from '../../src/core/figures/figures.model';
import { DISTRICT_VALUE } from '../../src/core/figures/rollup';
import type { Database } from '../runtime/cloud-types';
import { assertAccess } from '../runtime/access';
import { departmentRepo } from '../db/department.repo';
import { unitRepo } from '../db/unit.repo';
import { userRepo, type UserDoc } from '../db/user.repo';

/**
 * A slice named in a request, checked against the access table's `figures` entry: the slice is
 * seen as a record (a unit `{ unitId }`, a steward `{ unitId, stewardId }`, …) and the caller's
 * scope must match it. Left without an id, a slice means the caller's own (their unit, themselves,
 * their department).
 */
const OWN: Partial<Record<SliceDimension, (u: UserDoc) => string | undefined>> = {
  unit: (u) => u.unitId,
  steward: (u) => (u.role === 'steward' ? u._id : undefined),
  department: (u) => u.departmentId,
};

const OUT_OF_SCOPE = '您无权查看该范围的指标';

/** The slice a caller means when they name none: their own. */
const OWN_DIMENSION: Partial<Record<UserDoc['role'], SliceDimension>> = { district_admin: 'district', unit_admin: 'unit', steward: 'steward', department: 'department' };

export const resolveSlice = async (db: Database, user: UserDoc, input: { dimension?: SliceDimension; id?: string }): Promise<SliceView> => {
  const dimension = input.dimension ?? OWN_DIMENSION[user.role] ?? 'district';
  if (dimension === 'district') {
    assertAccess(user, 'figures', {}, OUT_OF_SCOPE);
    return { dimension, id: DISTRICT_VALUE, name: SLICE_LABELS.district };
  }
  const id = input.id || OWN[dimension]?.(user);
  if (!id) throw invalid(`请选择${SLICE_LABELS[dimension]}`, { 'slice.id': `请选择${SLICE_LABELS[dimension]}` });
  switch (dimension) {
    case 'unit': {
      assertAccess(user, 'figures', { unitId: id }, OUT_OF_SCOPE);
      const unit = await unitRepo.get(db, id);
      if (!unit) throw notFound('单位不存在');
      return { dimension, id, name: unit.name };
    }
    case 'steward': {
      const steward = await userRepo.get(db, id);
      if (!steward || steward.role !== 'steward') throw notFound('服务管家不存在');
      assertAccess(user, 'figures', { unitId: steward.unitId, stewardId: steward._id }, OUT_OF_SCOPE);
      return { dimension, id, name: steward.name };
    }
    case 'department': {
      assertAccess(user, 'figures', { departmentId: id }, OUT_OF_SCOPE);
      const department = await departmentRepo.get(db, id);
      if (!department) throw notFound('承办部门不存在');
      return { dimension, id, name: department.name };
    }
    case 'category':
      assertAccess(user, 'figures', { category: id }, OUT_OF_SCOPE);
      if (!(DEMAND_CATEGORIES as readonly string[]).includes(id)) throw notFound('诉求类别不存在');
      return { dimension, id, name: id };
  }
};
