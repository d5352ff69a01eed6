import type { Database } from '../runtime/cloud-types';
import { newId } from './codes';
import { repository } from './repository';

export type UnitKind = 'zone' | 'street' | 'town';

/** A 属地单位: a development-zone administration, a 街道 or a 镇. */
export interface UnitDoc {
  _id: string;
  name: string;
  kind: UnitKind;
  /** Held by one assignment at a time while it checks and changes the unit's staffing (see holdStaffing). */
  staffingHoldId?: string;
  staffingHeldUntil?: Date;
  /** The unit's staffing figures, kept by every write that changes them (staffing.query.ts). */
  staffing?: UnitStaffing;
}

/** What the district's dashboard shows per unit, counted from the unit's own enterprises and accounts. */
export interface UnitStaffing {
  /** Active stewards bound to a WeChat user (the ones the average counts). */
  stewards: number;
  /** Active enterprises, and those of them without a steward. */
  enterprises: number;
  unassigned: number;
  /** Stewards serving more than the limit. */
  overloadedStewards: number;
  /** When the reads behind these figures began (ms, sub-millisecond): later counts replace earlier ones, never the reverse. */
  countedFrom: number;
}

/** Longer than the api function may run (20 s), so a hold never ends under a running assignment. */
const HOLD_MS = 30_000;

const units = repository('units');

/** Pudong has 42 units: `all` reads them in one round trip. */
export const unitRepo = {
  ...units,

  /**
   * The unit's staffing limit (10 enterprises per steward on average) is a count over many
   * documents, which no single write can be conditional on. Assignments that add to the count
   * therefore take turns: each holds the unit (a conditional write) while it counts and assigns.
   * Answers the hold's id, or null while another assignment holds it.
   */
  holdStaffing: async (db: Database, unitId: string, now: Date): Promise<string | null> => {
    const _ = db.command;
    const holdId = newId();
    const free = _.or([{ staffingHeldUntil: _.exists(false) }, { staffingHeldUntil: _.lte(now) }]);
    const taken = await units.updateWhere(db, _.and([{ _id: unitId }, free]), { staffingHoldId: holdId, staffingHeldUntil: new Date(now.getTime() + HOLD_MS) });
    return taken === 1 ? holdId : null;
  },

  releaseStaffing: (db: Database, unitId: string, holdId: string): Promise<number> =>
    units.updateWhere(db, { _id: unitId, staffingHoldId: holdId }, { staffingHeldUntil: new Date(0) }),

  /**
   * Store figures counted from reads that began at `staffing.countedFrom`, unless the unit holds
   * figures whose reads began later: of two counts racing after two writes, the one that may have
   * missed the other's write never overwrites it. Answers whether they were stored.
   */
  storeStaffing: async (db: Database, unitId: string, staffing: UnitStaffing): Promise<boolean> => {
    const _ = db.command;
    const older = _.or([{ 'staffing.countedFrom': _.exists(false) }, { 'staffing.countedFrom': _.lt(staffing.countedFrom) }]);
    // Every field is written: the SDK sets them one by one (staffing.stewards, …).
    return (await units.updateWhere(db, _.and([{ _id: unitId }, older]), { staffing })) === 1;
  },
};
