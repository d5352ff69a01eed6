import { OPEN_DEMAND_STATUSES } from '../../src/core/demand/demand.model';
import type { StockContribution } from '../../src/core/figures/contributions';
import { demandFigures } from '../../src/core/figures/demand-contributions';
import { enterpriseStock, handoverStock, promiseStock, stewardStock } from '../../src/core/figures/service-stock';
import type { CalendarOverrides } from '../../src/core/time/working-days';
import type { Database } from '../runtime/cloud-types';
import { demandRepo, type DemandDoc } from '../db/demand.repo';
import { enterpriseRepo, type EnterpriseDoc } from '../db/enterprise.repo';
import { handoverTaskRepo, type HandoverTaskDoc } from '../db/handover-task.repo';
import { researchVisitRepo, type ResearchVisitDoc } from '../db/research-visit.repo';
import { userRepo, type UserDoc } from '../db/user.repo';

/**
 * One unit's part of the stock snapshot at an instant, folded from its records with the core's
 * per-record stock functions (src/core/figures/service-stock.ts): its active enterprises
 * (coverage, bound contacts), its stewards, its open demands, handover tasks and promises.
 * Every query is on the unit, so the morning timer works through the district unit by unit.
 */
export interface StockRecords {
  enterprises: readonly EnterpriseDoc[];
  /** Enterprise-contact accounts: an enterprise with a bound one counts as onboarded. */
  contacts: readonly UserDoc[];
  stewards: readonly UserDoc[];
  openDemands: readonly DemandDoc[];
  openTasks: readonly HandoverTaskDoc[];
  visitsWithOpenPromises: readonly ResearchVisitDoc[];
}

/** The stock parts of a set of records at an instant (pure: the seed folds its records with it too). */
export const stockParts = (r: StockRecords, at: Date, calendar: CalendarOverrides): StockContribution[] => {
  const bound = new Map<string, number>();
  for (const c of r.contacts) if (c.openid && c.enterpriseId && c.status === 'active') bound.set(c.enterpriseId, (bound.get(c.enterpriseId) ?? 0) + 1);
  const parts: Array<StockContribution | null> = [
    ...r.enterprises.map((e) => enterpriseStock({ ...e, boundContacts: bound.get(e._id) ?? 0 }, at)),
    ...r.stewards.map((s) => stewardStock({ unitId: s.unitId ?? '', stewardId: s._id, status: s.status })),
    ...r.openDemands.map((d) => demandFigures(d, calendar, at).stock),
    ...r.openTasks.map((t) => handoverStock(t, at)),
    ...r.visitsWithOpenPromises.map((v) => promiseStock(v, at)),
  ];
  return parts.filter((p): p is StockContribution => p !== null);
};

export const unitStock = async (db: Database, unitId: string, at: Date, calendar: CalendarOverrides): Promise<StockContribution[]> => {
  const _ = db.command;
  const [enterprises, contacts, stewards, openDemands, openTasks, visitsWithOpenPromises] = await Promise.all([
    enterpriseRepo.all(db, { unitId, status: 'active' }),
    userRepo.all(db, { role: 'enterprise', unitId, status: 'active' }),
    userRepo.all(db, { role: 'steward', unitId }),
    // One state at a time: each read pages by _id straight from [unitId, status, _id].
    Promise.all(OPEN_DEMAND_STATUSES.map((status) => demandRepo.all(db, { unitId, status }))).then((lists) => lists.flat()),
    handoverTaskRepo.all(db, { unitId, ...handoverTaskRepo.openTaskFilter(db) }),
    researchVisitRepo.all(db, { unitId, openPromises: _.gt(0) }),
  ]);
  return stockParts({ enterprises, contacts, stewards, openDemands, openTasks, visitsWithOpenPromises }, at, calendar);
};
