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
import { handoverTaskRepo, type HandoverTaskDoc } from '../db/handover-task.repo';
import { loadOf, openHandoverTasks, staffingOfUnits } from '../db/staffing.query';
import { unitRepo } from '../db/unit.repo';
import { toHandoverTaskView } from './org.view';

/** A unit's home lists its oldest overdue handover tasks; each steward's are on the roster. */
const OVERDUE_SHOWN = 5;

const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 100) / 100 : n);

const overdueOf = (tasks: HandoverTaskDoc[], now: Date): HandoverTaskView[] =>
  tasks.filter((t) => handoverTaskState(t, now) === 'overdue').map((t) => toHandoverTaskView(t, now));

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
    const at = now();
    const [unit, overdue, proposals] = await Promise.all([unitRepo.get(db, unitId), handoverTaskRepo.overdueOfUnit(db, unitId, at, OVERDUE_SHOWN), pendingProposals(db, unitId)]);
    if (!unit) throw notFound('单位不存在');
    // The figures the district sees, kept on the unit by every staffing write (staffingChanged).
    const staffing = (await staffingOfUnits(db, [unit])).get(unit._id)!;
    const load = loadOf(staffing);
    // Each steward's load is a page of their own (org.stewards): a unit may have hundreds.
    return {
      unit: { id: unit._id, name: unit.name, kind: unit.kind },
      activeStewards: staffing.stewards,
      overloadedStewards: staffing.overloadedStewards,
      assignedEnterprises: load.assignedEnterprises,
      unassignedEnterprises: load.unassignedEnterprises,
      averagePerSteward: round(unitAverage(load)),
      atLimit: wouldExceedUnitAverage(load, 1),
      overdueHandoverTasks: overdue.first.map((t) => toHandoverTaskView(t, at)),
      overdueHandoverTaskCount: overdue.total,
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
    const at = now();
    const [units, openTasks, proposals] = await Promise.all([unitRepo.all(db), openHandoverTasks(db), pendingProposals(db)]);
    const figures = await staffingOfUnits(db, units);
    const overdue = overdueOf(openTasks, at);
    const summaries = units.map((unit) => {
      const f = figures.get(unit._id)!;
      return {
        unit: { id: unit._id, name: unit.name, kind: unit.kind },
        stewards: f.stewards,
        enterprises: f.enterprises,
        averagePerSteward: round(unitAverage(loadOf(f))),
        overloadedStewards: f.overloadedStewards,
        overdueHandoverTasks: overdue.filter((t) => t.unitId === unit._id).length,
      };
    });
    // Units with work first: the ones near or over the limit, then by size.
    summaries.sort((a, b) => b.overdueHandoverTasks - a.overdueHandoverTasks || b.averagePerSteward - a.averagePerSteward || b.enterprises - a.enterprises);
    return { units: summaries, overdueHandoverTasks: overdue, pendingProposals: proposals, maxAverage: MAX_AVERAGE_ENTERPRISES_PER_STEWARD };
  },
});

export const dashboardActions = [dashboardUnit, dashboardDistrict];
