import type { Database } from '../runtime/cloud-types';
import type { FactsStamp } from './facts-stamp';
import { repository } from './repository';
import { insertTracked, updateTracked } from './tracked-writes';

/** The new steward's duty to contact an enterprise within 3 working days of a handover. */
export interface HandoverTaskDoc extends FactsStamp {
  _id: string;
  handoverId: string;
  enterpriseId: string;
  enterpriseName: string;
  unitId: string;
  fromStewardId: string;
  fromStewardName: string;
  toStewardId: string;
  toStewardName: string;
  createdAt: Date;
  dueAt: Date;
  completedAt?: Date;
  completedByContactId?: string;
  /** Set when a later handover moved the enterprise on before this task was done. */
  cancelledAt?: Date;
  escalatedAt?: Date;
}

const tasks = repository('handover_tasks');

/** Open = neither done nor superseded by a later handover. */
const openTaskFilter = (db: Database) => ({ completedAt: db.command.exists(false), cancelledAt: db.command.exists(false) });

/**
 * Close the open tasks matching a filter, each with its tracked write (its on-time outcome counts
 * the day it is decided) and still conditional on being open: a task closed meanwhile stays as
 * it was. Answers how many this call closed.
 */
const closeOpen = async (db: Database, filter: Record<string, unknown>, patch: Pick<HandoverTaskDoc, 'cancelledAt'> | Pick<HandoverTaskDoc, 'completedAt' | 'completedByContactId'>, at: Date): Promise<number> => {
  let closed = 0;
  for (const task of await tasks.all(db, { ...filter, ...openTaskFilter(db) })) {
    if (await updateTracked(db, 'handover_tasks', task, { patch, condition: openTaskFilter(db) }, at)) closed++;
  }
  return closed;
};

export const handoverTaskRepo = {
  ...tasks,
  openTaskFilter,

  /** New tasks, counted in the figures once they are decided (done in time or missed). */
  create: (db: Database, docs: HandoverTaskDoc[], at: Date) => insertTracked(db, 'handover_tasks', docs, at),

  /** A newer handover supersedes the open tasks the filter names (by enterprise and handover). */
  cancelOpen: (db: Database, filter: { enterpriseId: unknown; handoverId: unknown }, at: Date): Promise<number> =>
    closeOpen(db, filter, { cancelledAt: at }, at),

  /**
   * A contact with the enterprise completes the open handover tasks of the steward now serving
   * it, provided the contact happened after the handover (a back-dated record does not count).
   */
  complete: (db: Database, enterpriseId: string, stewardId: string, contactAt: Date, contactId: string, now: Date): Promise<number> =>
    closeOpen(db, { enterpriseId, toStewardId: stewardId, createdAt: db.command.lte(contactAt) }, { completedAt: now, completedByContactId: contactId }, now),

  /**
   * A task's deadline moved by a calendar change: its tracked write (its on-time outcome may move),
   * conditional on the deadline read and on the task still being open.
   */
  moveDue: async (db: Database, task: HandoverTaskDoc, dueAt: Date, at: Date): Promise<boolean> =>
    !!(await updateTracked(db, 'handover_tasks', task, { patch: { dueAt }, condition: { dueAt: task.dueAt, ...openTaskFilter(db) } }, at)),

  /**
   * A unit's past-due open tasks, oldest deadline first: the first `limit` and how many in all,
   * along [unitId, completedAt, cancelledAt, dueAt] (a unit's home lists a few, not hundreds).
   */
  overdueOfUnit: async (db: Database, unitId: string, now: Date, limit: number): Promise<{ first: HandoverTaskDoc[]; total: number }> => {
    const filter = { unitId, ...openTaskFilter(db), dueAt: db.command.lt(now) };
    const [first, total] = await Promise.all([tasks.of(db).where(filter).orderBy('dueAt', 'asc').limit(limit).get(), tasks.count(db, filter)]);
    return { first: first.data, total };
  },

  /** Past-due open tasks not yet escalated, oldest deadline first, a batch at a time. */
  overdueUnescalated: async (db: Database, now: Date, limit: number): Promise<HandoverTaskDoc[]> =>
    (await tasks.of(db).where({ ...openTaskFilter(db), dueAt: db.command.lt(now), escalatedAt: db.command.exists(false) }).orderBy('dueAt', 'asc').limit(limit).get()).data,

  /** Mark one task escalated, once: false when another run (the timer firing twice) already did. */
  markEscalated: async (db: Database, id: string, now: Date): Promise<boolean> =>
    (await tasks.updateWhere(db, { _id: id, escalatedAt: db.command.exists(false) }, { escalatedAt: now })) === 1,
};
