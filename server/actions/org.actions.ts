import { emptyInput } from '../../src/core/contracts/common.contracts';
import { unitScopeInput } from '../../src/core/contracts/org.contracts';
import type { StewardLoad } from '../../src/core/org/org.model';
import { isStewardOverloaded } from '../../src/core/org/staffing.rules';
import { handoverTaskState } from '../../src/core/org/handover.rules';
import { defineAction } from '../runtime/define-action';
import { narrowedScope } from '../runtime/access';
import { departmentRepo } from '../db/department.repo';
import { loadStaffing, type Staffing } from '../db/staffing.query';
import { unitRepo } from '../db/unit.repo';

const orgUnits = defineAction({
  name: 'org.units',
  roles: 'bound',
  input: emptyInput,
  writes: false,
  summary: '属地单位清单',
  handler: async (_input, { db }) => (await unitRepo.all(db)).map((u) => ({ id: u._id, name: u.name, kind: u.kind })),
});

const orgDepartments = defineAction({
  name: 'org.departments',
  roles: 'bound',
  input: emptyInput,
  writes: false,
  summary: '承办部门清单',
  handler: async (_input, { db }) => (await departmentRepo.all(db)).map((d) => ({ id: d._id, name: d.name })),
});

export const stewardLoads = (staffing: Staffing, now: Date): StewardLoad[] =>
  staffing.stewards.map((s) => {
    const enterprises = staffing.enterprises.filter((e) => e.stewardId === s._id).length;
    const tasks = staffing.openTasks.filter((t) => t.toStewardId === s._id);
    return {
      id: s._id,
      name: s.name,
      phone: s.phone,
      status: s.status,
      bound: !!s.openid,
      enterprises,
      overloaded: isStewardOverloaded(enterprises),
      liaisonNames: staffing.liaisons.filter((l) => l.stewardId === s._id).map((l) => l.name),
      openHandoverTasks: tasks.length,
      overdueHandoverTasks: tasks.filter((t) => handoverTaskState(t, now) === 'overdue').length,
    };
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
    return stewardLoads(await loadStaffing(db, unit._id), now());
  },
});

export const orgActions = [orgUnits, orgDepartments, orgStewards];
