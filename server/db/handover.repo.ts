import type { Database } from '../runtime/cloud-types';
import type { HandoverTaskDoc } from './documents';

export const handoverTasks = (db: Database) => db.collection<HandoverTaskDoc>('handover_tasks');

/** Open = neither done nor superseded by a later handover. */
export const openTaskFilter = (db: Database) => ({ completedAt: db.command.exists(false), cancelledAt: db.command.exists(false) });

/**
 * A contact with the enterprise completes the open handover tasks of the steward now serving
 * it, provided the contact happened after the handover (a back-dated record does not count).
 */
export const completeHandoverTasks = async (db: Database, enterpriseId: string, stewardId: string, contactAt: Date, contactId: string, now: Date) => {
  const { stats } = await handoverTasks(db)
    .where({ enterpriseId, toStewardId: stewardId, ...openTaskFilter(db), createdAt: db.command.lte(contactAt) })
    .update({ data: { completedAt: now, completedByContactId: contactId } });
  return stats.updated;
};
