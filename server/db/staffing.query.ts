import { countsTowardAverage } from '../../src/core/org/staffing.rules';
import type { Database } from '../runtime/cloud-types';
import { enterpriseRepo } from './enterprise.repo';
import { handoverTaskRepo } from './handover-task.repo';
import { userRepo } from './user.repo';

/** Everything that decides a unit's staffing (or the district's, without a unit), read in parallel. */
export const loadStaffing = async (db: Database, unitId?: string) => {
  const inUnit = unitId ? { unitId } : {};
  const [stewards, liaisons, enterprises, openTasks] = await Promise.all([
    userRepo.all(db, { role: 'steward', ...inUnit }),
    userRepo.all(db, { role: 'liaison', ...inUnit, status: 'active' }),
    enterpriseRepo.all(db, { ...inUnit, status: 'active' }),
    handoverTaskRepo.all(db, { ...inUnit, ...handoverTaskRepo.openTaskFilter(db) }),
  ]);
  return { stewards, liaisons, enterprises, openTasks };
};

export type Staffing = Awaited<ReturnType<typeof loadStaffing>>;

/** The unit's load as the staffing rule counts it: active, bound stewards; enterprises with a steward. */
export const unitLoadOf = (staffing: Staffing, unitId: string) => ({
  stewards: staffing.stewards.filter((s) => s.unitId === unitId && countsTowardAverage(s)).length,
  assignedEnterprises: staffing.enterprises.filter((e) => e.unitId === unitId && !!e.stewardId).length,
});
