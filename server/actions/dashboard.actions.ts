import { emptyInput } from '../../src/core/contracts/common.contracts';
import { unitScopeInput } from '../../src/core/contracts/org.contracts';
import { notFound } from '../../src/core/errors';
import { handoverTaskState } from '../../src/core/org/handover.rules';
import type { UnitDashboard, UnitSummary, HandoverTaskView } from '../../src/core/org/org.model';
import { MAX_AVERAGE_ENTERPRISES_PER_STEWARD, unitAverage, wouldExceedUnitAverage } from '../../src/core/org/staffing.rules';
import { defineAction } from '../runtime/define-action';
import { narrowedScope } from '../runtime/access';
import type { Database } from '../runtime/cloud-types';
import { proposalRepo } from '../db/proposal.repo';
import { loadStaffing, unitLoadOf, type Staffing } from '../db/staffing.query';
import { unitRepo } from '../db/unit.repo';
import { stewardLoads } from './org.actions';
import { toHandoverTaskView } from './org.view';

const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 100) / 100 : n);

const overdueTasks = (staffing: Staffing, now: Date): HandoverTaskView[] =>
  staffing.openTasks
    .filter((t) => handoverTaskState(t, now) === 'overdue')
    .sort((a, b) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime())
    .map((t) => toHandoverTaskView(t, now));

const pendingProposals = (db: Database, unitId?: string) => proposalRepo.count(db, { status: 'pending', ...(unitId ? { unitId } : {}) });

const dashboardUnit = defineAction({
  name: 'dashboard.unit',
  roles: ['unit_admin', 'district_admin'],
  input: unitScopeInput,
  writes: false,
  summary: '单位工作台：管家配置、平均服务企业数、逾期交接任务',
  async handler(input, { db, user, now }): Promise<UnitDashboard> {
    const unitId = narrowedScope(user, 'unit', { _id: input.unitId }, '只能查看本单位')?._id;
    if (!unitId) throw notFound('请选择单位');
    const [unit, staffing, proposals] = await Promise.all([unitRepo.get(db, unitId), loadStaffing(db, unitId), pendingProposals(db, unitId)]);
    if (!unit) throw notFound('单位不存在');
    const at = now();
    const load = unitLoadOf(staffing, unitId);
    return {
      unit: { id: unit._id, name: unit.name, kind: unit.kind },
      stewards: stewardLoads(staffing, at),
      assignedEnterprises: load.assignedEnterprises,
      unassignedEnterprises: staffing.enterprises.filter((e) => !e.stewardId).length,
      averagePerSteward: round(unitAverage(load)),
      atLimit: wouldExceedUnitAverage(load, 1),
      overdueHandoverTasks: overdueTasks(staffing, at),
      pendingProposals: proposals,
    };
  },
});

const dashboardDistrict = defineAction({
  name: 'dashboard.district',
  roles: ['district_admin'],
  input: emptyInput,
  writes: false,
  summary: '全区总览：各单位管家配置、超配管家、逾期交接任务',
  async handler(_input, { db, now }): Promise<{ units: UnitSummary[]; overdueHandoverTasks: HandoverTaskView[]; pendingProposals: number; maxAverage: number }> {
    const [units, staffing, proposals] = await Promise.all([unitRepo.all(db), loadStaffing(db), pendingProposals(db)]);
    const at = now();
    const loads = stewardLoads(staffing, at);
    const overdue = overdueTasks(staffing, at);
    const summaries = units.map((unit) => {
      const load = unitLoadOf(staffing, unit._id);
      const stewardIds = new Set(staffing.stewards.filter((s) => s.unitId === unit._id).map((s) => s._id));
      return {
        unit: { id: unit._id, name: unit.name, kind: unit.kind },
        stewards: load.stewards,
        enterprises: staffing.enterprises.filter((e) => e.unitId === unit._id).length,
        averagePerSteward: round(unitAverage(load)),
        overloadedStewards: loads.filter((l) => stewardIds.has(l.id) && l.overloaded).length,
        overdueHandoverTasks: overdue.filter((t) => t.unitId === unit._id).length,
      };
    });
    // Units with work first: the ones near or over the limit, then by size.
    summaries.sort((a, b) => b.overdueHandoverTasks - a.overdueHandoverTasks || b.averagePerSteward - a.averagePerSteward || b.enterprises - a.enterprises);
    return { units: summaries, overdueHandoverTasks: overdue, pendingProposals: proposals, maxAverage: MAX_AVERAGE_ENTERPRISES_PER_STEWARD };
  },
});

export const dashboardActions = [dashboardUnit, dashboardDistrict];
