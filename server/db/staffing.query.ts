import type { StewardLoad } from '../../src/core/org/org.model';
import { handoverTaskState } from '../../src/core/org/handover.rules';
import { isStewardOverloaded, MAX_AVERAGE_ENTERPRISES_PER_STEWARD, type UnitLoad } from '../../src/core/org/staffing.rules';
import type { Database } from '../runtime/cloud-types';
import { aggregateOn } from './aggregate';
import { enterpriseRepo } from './enterprise.repo';
import { handoverTaskRepo, type HandoverTaskDoc } from './handover-task.repo';
import { fetchAll } from './paging';
import { userRepo, type UserDoc } from './user.repo';

/**
 * What decides staffing (一企一管家, at most 10 per steward on average), counted by the database:
 * index counts and group-bys on the enterprises' [status, unitId, stewardId] index and the
 * accounts' [role, status, unitId] index, never a read of every enterprise. Lists read only the
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

/** Active enterprises per steward of a unit ('' = without a steward): one group-by. */
const enterprisesPerSteward = async (db: Database, unitId: string): Promise<Map<string, number>> => {
  const rows = await aggregateOn<{ _id: string; n: number }>(enterpriseRepo.of(db)).match({ status: 'active', unitId }).group({ _id: '$stewardId', n: { $sum: 1 } }).limit(1000).end();
  return new Map(rows.list.map((r) => [r._id, r.n]));
};

/** Handover tasks neither done nor superseded, in a unit or the district, soonest due first. */
export const openHandoverTasks = async (db: Database, unitId?: string): Promise<HandoverTaskDoc[]> =>
  (await fetchAll<HandoverTaskDoc>(db, handoverTaskRepo.of(db), { ...(unitId ? { unitId } : {}), ...handoverTaskRepo.openTaskFilter(db) }))
    .sort((a, b) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime());

/** Each steward of a unit (any status) with the enterprises they serve, their liaisons and handover tasks. */
export const stewardLoads = async (db: Database, unitId: string, now: Date, openTasks?: HandoverTaskDoc[]): Promise<StewardLoad[]> => {
  const [stewards, liaisons, perSteward, tasks] = await Promise.all([
    fetchAll<UserDoc>(db, userRepo.of(db), { role: 'steward', unitId }, { name: true, phone: true, status: true, openid: true, createdAt: true }),
    fetchAll<UserDoc>(db, userRepo.of(db), { role: 'liaison', unitId, status: 'active' }, { name: true, stewardId: true }),
    enterprisesPerSteward(db, unitId),
    openTasks ?? openHandoverTasks(db, unitId),
  ]);
  return stewards
    .sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime() || a._id.localeCompare(b._id))
    .map((s) => {
      const enterprises = perSteward.get(s._id) ?? 0;
      const own = tasks.filter((t) => t.toStewardId === s._id);
      return {
        id: s._id, name: s.name, phone: s.phone, status: s.status, bound: !!s.openid, enterprises, overloaded: isStewardOverloaded(enterprises),
        liaisonNames: liaisons.filter((l) => l.stewardId === s._id).map((l) => l.name),
        openHandoverTasks: own.length, overdueHandoverTasks: own.filter((t) => handoverTaskState(t, now) === 'overdue').length,
      };
    });
};

export interface UnitFigures {
  stewards: number;
  enterprises: number;
  unassigned: number;
  overloadedStewards: number;
}

/**
 * Every unit's staffing figures from group-bys, each answering at most one row per unit: active
 * bound stewards per unit; active enterprises per unit, and those without a steward; stewards serving more
 * than the limit, counted per unit from the per-steward counts inside the aggregation.
 */
export const unitFigures = async (db: Database): Promise<Map<string, UnitFigures>> => {
  const _ = db.command;
  const perUnit = <R extends { _id: string }>(coll: Parameters<typeof aggregateOn>[0], match: object, count = { n: { $sum: 1 } }) =>
    aggregateOn<R>(coll).match(match).group({ _id: '$unitId', ...count }).limit(1000).end();
  const [stewards, enterprises, unassigned, overloaded] = await Promise.all([
    perUnit<{ _id: string; n: number }>(userRepo.of(db), countedStewards(db)),
    perUnit<{ _id: string; n: number }>(enterpriseRepo.of(db), { status: 'active' }),
    perUnit<{ _id: string; n: number }>(enterpriseRepo.of(db), { status: 'active', stewardId: '' }),
    aggregateOn<{ _id: string; n: number }>(enterpriseRepo.of(db))
      .match({ status: 'active' })
      .group({ _id: { unitId: '$unitId', stewardId: '$stewardId' }, n: { $sum: 1 } })
      .match({ n: _.gt(MAX_AVERAGE_ENTERPRISES_PER_STEWARD), '_id.stewardId': _.neq('') })
      .group({ _id: '$_id.unitId', n: { $sum: 1 } })
      .limit(1000)
      .end(),
  ]);
  const figures = new Map<string, UnitFigures>();
  const of = (unitId: string) => figures.get(unitId) ?? figures.set(unitId, { stewards: 0, enterprises: 0, unassigned: 0, overloadedStewards: 0 }).get(unitId)!;
  for (const r of stewards.list) of(r._id).stewards = r.n;
  for (const r of enterprises.list) of(r._id).enterprises = r.n;
  for (const r of unassigned.list) of(r._id).unassigned = r.n;
  for (const r of overloaded.list) of(r._id).overloadedStewards = r.n;
  return figures;
};
