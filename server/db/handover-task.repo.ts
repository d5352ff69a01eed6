import type { Database } from '../runtime/cloud-types';
import { repository } from './repository';

/** The new steward's duty to contact an enterprise within 3 working days of a handover. */
export interface HandoverTaskDoc {
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

export const handoverTaskRepo = {
  ...tasks,
  openTaskFilter,

  /** A new handover supersedes the enterprises' open tasks. */
  cancelOpen: (db: Database, enterpriseIds: string[], at: Date): Promise<number> =>
    tasks.updateWhere(db, { enterpriseId: db.command.in(enterpriseIds), ...openTaskFilter(db) }, { cancelledAt: at }),

  /**
   * A contact with the enterprise completes the open handover tasks of the steward now serving
   * it, provided the contact happened after the handover (a back-dated record does not count).
   */
  complete: (db: Database, enterpriseId: string, stewardId: string, contactAt: Date, contactId: string, now: Date): Promise<number> =>
    tasks.updateWhere(db, { enterpriseId, toStewardId: stewardId, ...openTaskFilter(db), createdAt: db.command.lte(contactAt) }, { completedAt: now, completedByContactId: contactId }),

  /** A task's deadline moved by a calendar change, conditional on the deadline read. */
  moveDue: async (db: Database, task: Pick<HandoverTaskDoc, '_id' | 'dueAt'>, dueAt: Date): Promise<boolean> =>
    (await tasks.updateWhere(db, { _id: task._id, dueAt: task.dueAt, ...openTaskFilter(db) }, { dueAt })) === 1,

  /** Past-due open tasks not yet escalated are marked once (the timer may fire twice). */
  escalateOverdue: (db: Database, now: Date): Promise<number> =>
    tasks.updateWhere(db, { ...openTaskFilter(db), dueAt: db.command.lt(now), escalatedAt: db.command.exists(false) }, { escalatedAt: now }),
};
