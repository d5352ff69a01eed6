import { trainingStatsInput } from '../../src/core/contracts/training.contracts';
import type { PageResult } from '../../src/core/demand/demand.model';
import { notFound } from '../../src/core/errors';
import type { StewardStatsView, TrainingStats, TrainingStatsRow } from '../../src/core/training/training.model';
import { completionRate } from '../../src/core/training/training.rules';
import type { PageRequest } from '../db/paging';
import { trainingStatsRepo, type TrainingCounters } from '../db/training-stats.repo';
import { unitRepo } from '../db/unit.repo';
import { userRepo } from '../db/user.repo';
import type { Database } from '../runtime/cloud-types';
import { narrowedScope } from '../runtime/access';
import { defineAction } from '../runtime/define-action';
import { compareChinese } from '../../src/core/text/chinese-order';

const ZERO: TrainingCounters = { hours: 0, completed: 0, requiredAssigned: 0, requiredCompleted: 0, overdue: 0 };

const rowOf = (subjectId: string, name: string, c: TrainingCounters = ZERO): TrainingStatsRow => ({
  subjectId, name, hours: c.hours, completed: c.completed, requiredAssigned: c.requiredAssigned, requiredCompleted: c.requiredCompleted, overdue: c.overdue,
  completionRate: completionRate(c.requiredCompleted, c.requiredAssigned),
});

const sum = (rows: TrainingStatsRow[]): TrainingCounters =>
  rows.reduce((t, r) => ({ hours: t.hours + r.hours, completed: t.completed + r.completed, requiredAssigned: t.requiredAssigned + r.requiredAssigned, requiredCompleted: t.requiredCompleted + r.requiredCompleted, overdue: t.overdue + r.overdue }), ZERO);

/** Required courses not done first, then by name: who needs a nudge is on top. */
const byNeed = (a: TrainingStatsRow, b: TrainingStatsRow) => (a.completionRate ?? 1) - (b.completionRate ?? 1) || b.overdue - a.overdue || compareChinese(a.name, b.name);

/**
 * One page of a unit's stewards, read in the order an index yields, so a page costs the same in a
 * unit of 30 or of 300. "Who needs a nudge" is a filter the stored counters already answer
 * (overdue > 0, most first), not a sort on the completion rate: a rate is a ratio of two counters
 * that `bump` increments, so a stored one could only be kept by reading each row back after every
 * bump; and everyone with nothing overdue is still within their due dates. The full list pages the
 * unit's active stewards from users (by name), so one with no counters this year is there with
 * zeros; those who have left count in the unit's total, and in the overdue view while overdue.
 */
const STEWARD_PAGES: Record<StewardStatsView, (db: Database, year: number, unitId: string, page: PageRequest) => Promise<PageResult<TrainingStatsRow>>> = {
  overdue: async (db, year, unitId, request) => {
    const page = await trainingStatsRepo.overduePage(db, year, unitId, request);
    const names = await userRepo.namesOf(db, page.items.map((r) => r.subjectId));
    return { ...page, items: page.items.map((r) => rowOf(r.subjectId, names.get(r.subjectId) ?? '', r)) };
  },
  all: async (db, year, unitId, request) => {
    const page = await userRepo.activeStewardsPage(db, unitId, request);
    const counters = await trainingStatsRepo.ofStewards(db, year, page.items.map((s) => s._id));
    return { ...page, items: page.items.map((s) => rowOf(s._id, s.name, counters.get(s._id))) };
  },
};

const trainingStats = defineAction({
  name: 'training.stats',
  roles: ['unit_admin', 'district_admin'],
  input: trainingStatsInput,
  writes: false,
  summary: '培训学时与完成率：区看各单位（可下钻到管家），单位看本单位合计和管家（逾期未完成的或全部，分页）',
  async handler({ year, unitId: asked, view, page, pageSize }, { db, user }): Promise<TrainingStats> {
    const unitId = narrowedScope(user, 'unit', { _id: asked }, '只能查看本单位')?._id;
    if (unitId) {
      // The unit's total is its own kept row (bumped with each steward's), not a sum over its stewards.
      const [unit, kept, stewards] = await Promise.all([unitRepo.get(db, unitId), trainingStatsRepo.ofUnit(db, year, unitId), STEWARD_PAGES[view](db, year, unitId, { page, pageSize })]);
      if (!unit) throw notFound('单位不存在');
      return { year, rows: 'steward', unitId, view, total: rowOf(unitId, unit.name, kept ?? ZERO), stewards };
    }
    const [units, rows] = await Promise.all([unitRepo.all(db), trainingStatsRepo.ofYear(db, year, 'unit')]);
    const byId = new Map(rows.map((r) => [r.subjectId, r]));
    const items = units.map((u) => rowOf(u._id, u.name, byId.get(u._id))).sort(byNeed);
    return { year, rows: 'unit', items, total: rowOf('all', '全区', sum(items)) };
  },
});

export const trainingStatsActions = [trainingStats];
