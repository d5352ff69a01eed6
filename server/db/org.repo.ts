import type { Database } from '../runtime/cloud-types';
import type { DepartmentDoc, EnterpriseDoc, HandoverTaskDoc, UnitDoc, UserDoc } from './documents';
import { getDocOrNull } from './get-doc';
import { fetchAll } from './paging';

export const getUser = (db: Database, id: string) => getDocOrNull<UserDoc>(db, 'users', id);
export const getUnit = (db: Database, id: string) => getDocOrNull<UnitDoc>(db, 'units', id);
export const getDepartment = (db: Database, id: string) => getDocOrNull<DepartmentDoc>(db, 'departments', id);

export const listUnits = async (db: Database) => (await db.collection<UnitDoc>('units').limit(1000).get()).data;
export const listDepartments = async (db: Database) => (await db.collection<DepartmentDoc>('departments').limit(1000).get()).data;

/** Everything that decides a unit's staffing, read in parallel (one round trip each). */
export const loadStaffing = async (db: Database, unitId?: string) => {
  const _ = db.command;
  const inUnit = unitId ? { unitId } : {};
  const all = <T>(collection: string, filter: object) => fetchAll(db.collection<T>(collection).where(filter));
  const [stewards, liaisons, enterprises, openTasks] = await Promise.all([
    all<UserDoc>('users', { role: 'steward', ...inUnit }),
    all<UserDoc>('users', { role: 'liaison', ...inUnit, status: 'active' }),
    all<Pick<EnterpriseDoc, '_id' | 'stewardId' | 'unitId'>>('enterprises', { ...inUnit, status: 'active' }),
    all<HandoverTaskDoc>('handover_tasks', { ...inUnit, completedAt: _.exists(false), cancelledAt: _.exists(false) }),
  ]);
  return { stewards, liaisons, enterprises, openTasks };
};

export type Staffing = Awaited<ReturnType<typeof loadStaffing>>;

/** The unit's load as the staffing rule counts it: active stewards, enterprises with a steward. */
export const unitLoadOf = (staffing: Staffing, unitId: string) => ({
  stewards: staffing.stewards.filter((s) => s.unitId === unitId && s.status === 'active').length,
  assignedEnterprises: staffing.enterprises.filter((e) => e.unitId === unitId && !!e.stewardId).length,
});
