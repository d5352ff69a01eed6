import { emptyInput } from '../../src/core/contracts/common.contracts';
import { stewardListInput } from '../../src/core/contracts/org.contracts';
import { invalid } from '../../src/core/errors';
import { defineAction } from '../runtime/define-action';
import { narrowedScope } from '../runtime/access';
import { departmentRepo } from '../db/department.repo';
import { stewardPage } from '../db/staffing.query';
import { unitRepo, type UnitDoc } from '../db/unit.repo';

const KIND_ORDER: Record<UnitDoc['kind'], number> = { zone: 0, street: 1, town: 2 };
const byKindThenId = (a: UnitDoc, b: UnitDoc) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a._id.localeCompare(b._id);

const orgUnits = defineAction({
  name: 'org.units',
  roles: 'bound',
  input: emptyInput,
  writes: false,
  summary: '属地单位清单',
  // Zones (管理局) first, then streets and towns, each in its numbering: the order pickers list them in.
  handler: async (_input, { db }) => (await unitRepo.all(db)).sort(byKindThenId).map((u) => ({ id: u._id, name: u.name, kind: u.kind })),
});

const orgDepartments = defineAction({
  name: 'org.departments',
  roles: 'bound',
  input: emptyInput,
  writes: false,
  summary: '承办部门清单',
  handler: async (_input, { db }) => (await departmentRepo.all(db)).map((d) => ({ id: d._id, name: d.name })),
});

const orgStewards = defineAction({
  name: 'org.stewards',
  roles: ['unit_admin', 'district_admin'],
  input: stewardListInput,
  writes: false,
  summary: '单位管家及其服务企业数（按姓名分页，可按姓名查找）',
  async handler({ unitId, ...query }, { db, user, now }) {
    const unit = narrowedScope(user, 'unit', { _id: unitId }, '只能查看本单位的管家');
    // The district names the unit (its pickers and the oversight pages always do).
    if (!unit?._id) throw invalid('请选择单位', { unitId: '请选择单位' });
    return stewardPage(db, unit._id, query, now());
  },
});

export const orgActions = [orgUnits, orgDepartments, orgStewards];
