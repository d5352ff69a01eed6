import { trainingStatsInput } from '../../src/core/contracts/training.contracts';
import { notFound } from '../../src/core/errors';
import type { TrainingStats, TrainingStatsRow } from '../../src/core/training/training.model';
import { completionRate } from '../../src/core/training/training.rules';
import { trainingStatsRepo, type TrainingCounters } from '../db/training-stats.repo';
import { unitRepo } from '../db/unit.repo';
import { userRepo } from '../db/user.repo';
import { narrowedScope } from '../runtime/access';
import { defineAction } from '../runtime/define-action';

const ZERO: TrainingCounters = { hours: 0, completed: 0, requiredAssigned: 0, requiredCompleted: 0, overdue: 0 };

const rowOf = (subjectId: string, name: string, c: TrainingCounters = ZERO): TrainingStatsRow => ({
  subjectId, name, hours: c.hours, completed: c.completed, requiredAssigned: c.requiredAssigned, requiredCompleted: c.requiredCompleted, overdue: c.overdue,
  completionRate: completionRate(c.requiredCompleted, c.requiredAssigned),
});

const sum = (rows: TrainingStatsRow[]): TrainingCounters =>
  rows.reduce((t, r) => ({ hours: t.hours + r.hours, completed: t.completed + r.completed, requiredAssigned: t.requiredAssigned + r.requiredAssigned, requiredCompleted: t.requiredCompleted + r.requiredCompleted, overdue: t.overdue + r.overdue }), ZERO);

/** Required courses not done first, then by name: who needs a nudge is on top. */
const byNeed = (a: TrainingStatsRow, b: TrainingStatsRow) => (a.completionRate ?? 1) - (b.completionRate ?? 1) || b.overdue - a.overdue || a.name.localeCompare(b.name, 'zh');

const trainingStats = defineAction({
  name: 'training.stats',
  roles: ['unit_admin', 'district_admin'],
  input: trainingStatsInput,
  writes: false,
  summary: '培训学时与完成率：区看各单位（可下钻到管家），单位看本单位管家',
  async handler({ year, unitId: asked }, { db, user }): Promise<TrainingStats> {
    const unitId = narrowedScope(user, 'unit', { _id: asked }, '只能查看本单位')?._id;
    if (unitId) {
      const [unit, stewards, rows] = await Promise.all([unitRepo.get(db, unitId), userRepo.stewardNames(db, unitId), trainingStatsRepo.stewardsOf(db, year, unitId)]);
      if (!unit) throw notFound('单位不存在');
      const byId = new Map(rows.map((r) => [r.subjectId, r]));
      // Active stewards, and anyone who trained here this year and has since left.
      const names = new Map(stewards.filter((s) => s.status === 'active' || byId.has(s._id)).map((s) => [s._id, s.name]));
      const items = [...names].map(([id, name]) => rowOf(id, name, byId.get(id))).sort(byNeed);
      return { year, rows: 'steward', unitId, items, total: rowOf(unitId, unit.name, sum(items)) };
    }
    const [units, rows] = await Promise.all([unitRepo.all(db), trainingStatsRepo.ofYear(db, year, 'unit')]);
    const byId = new Map(rows.map((r) => [r.subjectId, r]));
    const items = units.map((u) => rowOf(u._id, u.name, byId.get(u._id))).sort(byNeed);
    return { year, rows: 'unit', items, total: rowOf('all', '全区', sum(items)) };
  },
});

export const trainingStatsActions = [trainingStats];
