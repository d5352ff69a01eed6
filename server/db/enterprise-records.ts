import type { Database } from '../runtime/cloud-types';
import { collection } from './collection';
import { enterpriseRepo } from './enterprise.repo';

/**
 * Collections whose documents belong to one enterprise and are scoped by the steward serving it
 * now (`stewardId`). Who made each record stays in its own field (submittedBy, recordedBy,
 * reportedBy, createdBy), so moving the scope never rewrites history.
 */
const ENTERPRISE_RECORDS = ['demands', 'contacts', 'reports', 'research_visits', 'promotions', 'promotion_todos'] as const;

/** Enterprises per update: keeps each `_.in` list short and each batch an index lookup. */
const BATCH = 50;

export interface Steward {
  id: string;
  name: string;
}

/**
 * After a handover or first assignment, the enterprises' records follow them to the new
 * steward: one update per collection and batch, on the enterpriseId index.
 */
export const moveEnterpriseRecords = async (db: Database, enterpriseIds: readonly string[], steward: Steward): Promise<void> => {
  const _ = db.command;
  for (let i = 0; i < enterpriseIds.length; i += BATCH) {
    const batch = enterpriseIds.slice(i, i + BATCH);
    for (const name of ENTERPRISE_RECORDS) {
      // Demands show their steward's name too; the other records only carry the scope.
      const data = name === 'demands' ? { stewardId: steward.id, stewardName: steward.name } : { stewardId: steward.id };
      await collection(db, name).where({ enterpriseId: _.in(batch), stewardId: _.neq(steward.id) }).update({ data });
    }
  }
};

/**
 * Hand enterprises from one steward to another, then their records. Conditional on the former
 * steward: a concurrent handover that took some of them first keeps them, and only the
 * enterprises this call moved are answered (and their records moved).
 */
export const handOverEnterprises = async (db: Database, enterpriseIds: string[], fromStewardId: string, to: Steward, at: Date): Promise<string[]> => {
  const _ = db.command;
  const moved = await enterpriseRepo.updateWhere(db, { _id: _.in(enterpriseIds), stewardId: fromStewardId }, { stewardId: to.id, stewardName: to.name, updatedAt: at });
  const ids = moved === enterpriseIds.length ? enterpriseIds : (await enterpriseRepo.all(db, { _id: _.in(enterpriseIds), stewardId: to.id })).map((e) => e._id);
  await moveEnterpriseRecords(db, ids, to);
  return ids;
};

/**
 * A record is written with the steward read from its enterprise a moment before. Should a
 * handover move the enterprise in between (and its records batch run before this insert), the
 * new record would stay with the former steward; reading the enterprise again after the insert
 * closes that gap, since a handover moves the enterprise before its records.
 */
export const followCurrentSteward = async (db: Database, record: { enterpriseId: string; stewardId: string }): Promise<void> => {
  const enterprise = await enterpriseRepo.get(db, record.enterpriseId);
  if (!enterprise || enterprise.stewardId === record.stewardId) return;
  await moveEnterpriseRecords(db, [enterprise._id], { id: enterprise.stewardId, name: enterprise.stewardName });
};

/** A steward's new name onto what shows it beside the id: their enterprises and those enterprises' demands. */
export const renameSteward = async (db: Database, stewardId: string, name: string): Promise<void> => {
  await enterpriseRepo.updateWhere(db, { stewardId }, { stewardName: name });
  await collection(db, 'demands').where({ stewardId }).update({ data: { stewardName: name } });
};
