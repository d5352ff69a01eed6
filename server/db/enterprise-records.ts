import type { Database } from '../runtime/cloud-types';
import { collection } from './collection';
import { enterpriseRepo } from './enterprise.repo';
import { handoverTaskRepo } from './handover-task.repo';

/**
 * Collections whose documents belong to one enterprise and are scoped by the steward serving it
 * now (`stewardId`). Who made each record stays in its own field (submittedBy, recordedBy,
 * reportedBy, createdBy), so moving the scope never rewrites history.
 */
const ENTERPRISE_RECORDS = ['demands', 'contacts', 'reports', 'research_visits', 'promotions'] as const;

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
 * Hand enterprises from one steward to another. Conditional on the former steward, and each
 * enterprise moved is stamped with the handover, so of two handovers racing for one enterprise
 * (or the same handover sent twice) exactly one gets it: only the enterprises this call moved are
 * answered, and their records follow them.
 */
export const handOverEnterprises = async (db: Database, enterpriseIds: string[], fromStewardId: string, to: Steward, handoverId: string, at: Date): Promise<string[]> => {
  const _ = db.command;
  const moved = await enterpriseRepo.updateWhere(db, { _id: _.in(enterpriseIds), stewardId: fromStewardId }, { stewardId: to.id, stewardName: to.name, handoverId, updatedAt: at });
  const ids = moved === enterpriseIds.length ? enterpriseIds : (await enterpriseRepo.all(db, { _id: _.in(enterpriseIds), handoverId })).map((e) => e._id);
  await moveEnterpriseRecords(db, ids, to);
  return ids;
};

/**
 * After a handover has written its tasks and moved the records, read its enterprises again: one
 * a later handover took meanwhile keeps only that handover's task and has its records with that
 * steward; one still with this handover keeps only this handover's task. Whichever of two
 * overlapping handovers looks last, the enterprise ends with one open task and its records with
 * its current steward. Answers the enterprises still with this handover.
 */
export const settleHandover = async (db: Database, enterpriseIds: string[], handoverId: string, at: Date): Promise<string[]> => {
  const _ = db.command;
  const current = await enterpriseRepo.all(db, { _id: _.in(enterpriseIds) });
  const kept = current.filter((e) => e.handoverId === handoverId).map((e) => e._id);
  const movedOn = current.filter((e) => e.handoverId !== handoverId);
  if (kept.length) await handoverTaskRepo.cancelOpen(db, { enterpriseId: _.in(kept), handoverId: _.neq(handoverId) }, at);
  if (movedOn.length) {
    await handoverTaskRepo.cancelOpen(db, { enterpriseId: _.in(movedOn.map((e) => e._id)), handoverId }, at);
    for (const e of movedOn) await moveEnterpriseRecords(db, [e._id], { id: e.stewardId, name: e.stewardName });
  }
  return kept;
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
