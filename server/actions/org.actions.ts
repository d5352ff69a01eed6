import { emptyInput } from '../../src/core/contracts/common.contracts';
import { unitScopeInput } from '../../src/core/contracts/org.contracts';
import { invalid } from '../../src/core/errors';
import { defineAction } from '../runtime/define-action';
import { narrowedScope } from '../runtime/access';
import { departmentRepo } from '../db/department.repo';
import { stewardLoads } from '../db/staffing.query';
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
  input: unitScopeInput,
  writes: false,
  summary: '单位管家及其服务企业数',
  async handler(input, { db, user, now }) {
    const unit = narrowedScope(user, 'unit', { _id: input.unitId }, '只能查看本单位的管家');
    if (!unit) return [];
    // The district names the unit (its pickers and the oversight pages always do): one unit's stewards
    // are a bounded read, the whole district's would not be.
    if (!unit._id) throw invalid('请选择单位', { unitId: '请选择单位' });
    return stewardLoads(db, unit._id, now());
  },
});

export const orgActions = [orgUnits, orgDepartments, orgStewards];
