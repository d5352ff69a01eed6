import type { StewardPage } from '../../src/core/org/org.model';
import { handoverTaskState } from '../../src/core/org/handover.rules';
import { isStewardOverloaded, type UnitLoad } from '../../src/core/org/staffing.rules';
import type { Database } from '../runtime/cloud-types';
import { preciseNow } from '../runtime/precise-now';
import { aggregateOn } from './aggregate';
import { enterpriseRepo } from './enterprise.repo';
import { handoverTaskRepo, type HandoverTaskDoc } from './handover-task.repo';
import { fetchAll, fetchPage, type PageRequest } from './paging';
import { containsText } from './text-search';
import { unitRepo, type UnitDoc, type UnitStaffing } from './unit.repo';
import { userRepo, type UserDoc } from './user.repo';

/**
 * What decides staffing (一企一管家, at most 10 per steward on average), counted by the database:
 * index counts and a group-by on the enterprises' [status, unitId, stewardId] index and the
 * accounts' [role, status, unitId] index, one unit at a time, never a read of every enterprise.
 * The district's figures per unit are kept on the units (staffingChanged). Lists read only the
 * unit's own accounts and open handover tasks.
 */

/**
 * The stewards whose capacity counts toward the average (countsTowardAverage in staffing.rules.ts):
 * active and bound to a WeChat user. The [role, status, unitId] index narrows to a unit's active
 * stewards (a few dozen); the binding is checked on those.
 */
const countedStewards = (db: Database) => ({ role: 'steward', status: 'active', openid: db.command.exists(true) });

/** A unit's load as the staffing rule counts it: active, bound stewards; active enterprises with a steward. */
export const unitLoad = async (db: Database, unitId: string): Promise<UnitLoad & { unassignedEnterprises: number }> => {
  const [stewards, enterprises, unassignedEnterprises] = await Promise.all([
    userRepo.count(db, { ...countedStewards(db), unitId }),
    enterpriseRepo.count(db, { status: 'active', unitId }),
    enterpriseRepo.count(db, { status: 'active', unitId, stewardId: '' }),
  ]);
  return { stewards, assignedEnterprises: enterprises - unassignedEnterprises, unassignedEnterprises };
};

/** Active enterprises per steward of a unit (or of some of its stewards; '' = without a steward): one group-by. */
const enterprisesPerSteward = async (db: Database, unitId: string, stewardIds?: string[]): Promise<Map<string, number>> => {
  const match = { status: 'active', unitId, ...(stewardIds ? { stewardId: db.command.in(stewardIds) } : {}) };
  const rows = await aggregateOn<{ _id: string; n: number }>(enterpriseRepo.of(db)).match(match).group({ _id: '$stewardId', n: { $sum: 1 } }).limit(1000).end();
  return new Map(rows.list.map((r) => [r._id, r.n]));
};

/** Handover tasks neither done nor superseded, in a unit or the district, soonest due first. */
export const openHandoverTasks = async (db: Database, unitId?: string): Promise<HandoverTaskDoc[]> =>
  (await fetchAll<HandoverTaskDoc>(db, handoverTaskRepo.of(db), { ...(unitId ? { unitId } : {}), ...handoverTaskRepo.openTaskFilter(db) }))
    .sort((a, b) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime());

/** Items by a key, in their order (a unit's liaisons and tasks per steward, without a scan per steward). */
const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(item);
  }
  return groups;
};

/** What a page of a unit's stewards is asked for (org.stewards). */
export interface StewardQuery extends PageRequest {
  keyword?: string;
  /** Only those who can take enterprises: active and signed in. */
  assignable?: boolean;
  exceptId?: string;
}

/**
 * A page of a unit's stewards by name, each with the enterprises they serve, their liaisons and
 * handover tasks. A unit has hundreds of stewards at ten times Pudong's size: the page is read
 * along [role, unitId, name] (or [role, status, unitId, name]), and the loads only for its stewards,
 * so a page costs the same in a unit of 30 or of 300.
 */
export const stewardPage = async (db: Database, unitId: string, query: StewardQuery, now: Date): Promise<StewardPage> => {
  const _ = db.command;
  const filter = {
    role: 'steward',
    ...(query.assignable ? { status: 'active' } : {}),
    unitId,
    ...(query.assignable ? { openid: _.exists(true) } : {}),
    ...(query.keyword ? { name: containsText(db, query.keyword) } : {}),
    ...(query.exceptId ? { _id: _.neq(query.exceptId) } : {}),
  };
  const ordered = userRepo.of(db).where(filter).field({ name: true, phone: true, status: true, openid: true }).orderBy('name', 'asc').orderBy('_id', 'asc');
  const [page, total] = await Promise.all([fetchPage<UserDoc, UserDoc>(ordered, query, (u) => u), userRepo.count(db, filter)]);
  const ids = page.items.map((s) => s._id);
  if (!ids.length) return { ...page, items: [], total };
  const [liaisons, perSteward, tasks] = await Promise.all([
    userRepo.all(db, { stewardId: _.in(ids), role: 'liaison', status: 'active' }),
    enterprisesPerSteward(db, unitId, ids),
    handoverTaskRepo.all(db, { toStewardId: _.in(ids), ...handoverTaskRepo.openTaskFilter(db) }),
  ]);
  const liaisonsOf = groupBy(liaisons, (l) => l.stewardId ?? '');
  const tasksOf = groupBy(tasks, (t) => t.toStewardId);
  return {
    ...page,
    total,
    items: page.items.map((s) => {
      const enterprises = perSteward.get(s._id) ?? 0;
      const own = tasksOf.get(s._id) ?? [];
      return {
        id: s._id, name: s.name, phone: s.phone, status: s.status, bound: !!s.openid, enterprises, overloaded: isStewardOverloaded(enterprises),
        liaisonNames: (liaisonsOf.get(s._id) ?? []).map((l) => l.name),
        openHandoverTasks: own.length, overdueHandoverTasks: own.filter((t) => handoverTaskState(t, now) === 'overdue').length,
      };
    }),
  };
};

/** A unit's staffing figures counted now from its own index counts and one group-by of its enterprises. */
export const countUnitStaffing = async (db: Database, unitId: string): Promise<UnitStaffing> => {
  const countedFrom = preciseNow();
  const [load, perSteward] = await Promise.all([unitLoad(db, unitId), enterprisesPerSteward(db, unitId)]);
  const overloadedStewards = [...perSteward].filter(([stewardId, n]) => !!stewardId && isStewardOverloaded(n)).length;
  return { stewards: load.stewards, enterprises: load.assignedEnterprises + load.unassignedEnterprises, unassigned: load.unassignedEnterprises, overloadedStewards, countedFrom };
};

/**
 * Count the staffing of units whose enterprises or stewards a write has just changed, and keep the
 * figures on the unit, so the district's dashboard reads 42 rows instead of counting every
 * enterprise of Pudong. Called after the write is done: should the count fail, the write stands
 * and the hourly recount (recountAllStaffing) puts the figures right.
 */
export const staffingChanged = async (db: Database, ...unitIds: Array<string | undefined>): Promise<void> => {
  for (const unitId of new Set(unitIds.filter((id): id is string => !!id))) {
    try {
      await unitRepo.storeStaffing(db, unitId, await countUnitStaffing(db, unitId));
    } catch (error) {
      console.error(`staffing of ${unitId} not recounted; the hourly recount will`, error);
    }
  }
};

/** Every unit's staffing figures as kept; a unit that has none yet (new, or data from before) is counted now and keeps them. */
export const staffingOfUnits = async (db: Database, units: UnitDoc[]): Promise<Map<string, UnitStaffing>> => {
  const counted = await Promise.all(units.filter((u) => !u.staffing).map(async (u) => {
    const staffing = await countUnitStaffing(db, u._id);
    await unitRepo.storeStaffing(db, u._id, staffing);
    return [u._id, staffing] as const;
  }));
  return new Map([...units.filter((u) => u.staffing).map((u) => [u._id, u.staffing!] as const), ...counted]);
};

/** A unit's load (staffing.rules) from its kept figures. */
export const loadOf = (s: UnitStaffing): UnitLoad & { unassignedEnterprises: number } => ({ stewards: s.stewards, assignedEnterprises: s.enterprises - s.unassigned, unassignedEnterprises: s.unassigned });

/** The hourly repair: every unit counted again; answers how many units held figures that were out of step. */
export const recountAllStaffing = async (db: Database): Promise<number> => {
  let repaired = 0;
  for (const unit of await unitRepo.all(db)) {
    const staffing = await countUnitStaffing(db, unit._id);
    const held = unit.staffing;
    const differs = !held || held.stewards !== staffing.stewards || held.enterprises !== staffing.enterprises || held.unassigned !== staffing.unassigned || held.overloadedStewards !== staffing.overloadedStewards;
    if ((await unitRepo.storeStaffing(db, unit._id, staffing)) && differs) repaired++;
  }
  return repaired;
};
