import { OPEN_DEMAND_STATUSES, type DemandStatus } from '../../src/core/demand/demand.model';
import type { Database } from '../runtime/cloud-types';
import { preciseNow } from '../runtime/precise-now';
import { demandRepo } from './demand.repo';
import { isDuplicateKey } from './duplicate-key';
import { repository } from './repository';

/**
 * The district's open demands by status, kept in one document: the district's home badge reads it
 * instead of counting every open demand (a count that grows with the district). It is counted
 * from the status index after every write that changes a demand's status (openDemandsChanged) and
 * stored only if no count that began later is kept, so of two writers' counts the later one
 * stays, and it includes both writes. Should a count after a write fail, the write stands and the
 * hourly recount puts the tally right.
 */
export interface DemandTallyDoc {
  _id: string;
  /** Every open status, zeros included (an update names each field it sets). */
  byStatus: Record<DemandStatus, number>;
  /** When the count began (ms, sub-millisecond): a store keeps only a later count than the stored one. */
  countedFrom: number;
}

const tallies = repository('demand_tallies');
const DISTRICT = 'district';

/** The district's open demands by status, counted now from the index. */
const countDistrict = async (db: Database): Promise<Omit<DemandTallyDoc, '_id'>> => {
  const countedFrom = preciseNow();
  const grouped = await demandRepo.countOpenByStatus(db, {});
  const byStatus = Object.fromEntries(OPEN_DEMAND_STATUSES.map((s) => [s, 0])) as Record<DemandStatus, number>;
  for (const g of grouped) byStatus[g._id] = g.count;
  return { byStatus, countedFrom };
};

/** Keep a count unless a later one is kept already; true when this one was stored. */
const store = async (db: Database, tally: Omit<DemandTallyDoc, '_id'>): Promise<boolean> => {
  const _ = db.command;
  const older = _.or([{ countedFrom: _.exists(false) }, { countedFrom: _.lt(tally.countedFrom) }]);
  if ((await tallies.updateWhere(db, _.and([{ _id: DISTRICT }, older]), tally)) === 1) return true;
  try {
    await tallies.insert(db, { _id: DISTRICT, ...tally });
    return true;
  } catch (error) {
    // It exists: kept by a count that began later (or inserted meanwhile by one).
    if (isDuplicateKey(error)) return false;
    throw error;
  }
};

export const demandTallyRepo = {
  /** The kept tally; counted now and kept when there is none yet (new data, or data from before). */
  district: async (db: Database): Promise<Record<DemandStatus, number>> => {
    const kept = await tallies.get(db, DISTRICT);
    if (kept) return kept.byStatus;
    const counted = await countDistrict(db);
    await store(db, counted);
    return counted.byStatus;
  },
  /** Count again and keep it (after a write that changed a status, and hourly). */
  recount: async (db: Database): Promise<boolean> => store(db, await countDistrict(db)),
};

/** After a write that opened, closed or moved a demand between statuses: keep the district's tally right. */
export const openDemandsChanged = async (db: Database): Promise<void> => {
  try {
    await demandTallyRepo.recount(db);
  } catch (error) {
    console.error('the district\'s open demands not recounted; the hourly recount will', error);
  }
};
