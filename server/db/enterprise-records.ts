import { AppError } from '../../src/core/errors';
import type { Database } from '../runtime/cloud-types';
import { calendarOverrideRepo } from './calendar-override.repo';
import { collection } from './collection';
import { demandRepo, type DemandDoc } from './demand.repo';
import { writeDemand } from './demand-writes';
import { enterpriseRepo } from './enterprise.repo';
import { researchVisitRepo, type ResearchVisitDoc } from './research-visit.repo';
import { updateTracked } from './tracked-writes';
import { handoverTaskRepo } from './handover-task.repo';

/**
 * Collections whose documents belong to one enterprise and are scoped by the steward serving it
 * now (`stewardId`). Who made each record stays in its own field (submittedBy, recordedBy,
 * reportedBy, createdBy), so moving the scope never rewrites history. Contacts, reports and
 * promotions count in the figures for the steward who did the work (`creditedStewardId`), so
 * moving them changes no figure; demands and research visits carry open duties that move with
 * the enterprise, so each one moves through its tracked write and its figures move with it.
 */
const SCOPED_RECORDS = ['contacts', 'reports', 'promotions', 'promotion_todos'] as const;

/** Enterprises per update: keeps each `_.in` list short and each batch an index lookup. */
const BATCH = 50;
/** A record written by someone else while it moves is read again and moved; this many times at most. */
const ATTEMPTS = 5;

export interface Steward {
  id: string;
  name: string;
}

/** Move one record to the new steward, re-reading it when a concurrent write got there first. */
const moveOne = async <T extends { _id: string; stewardId: string }>(read: () => Promise<T | null>, first: T, write: (doc: T) => Promise<unknown>, stewardId: string) => {
  let doc: T | null = first;
  for (let attempt = 0; doc && doc.stewardId !== stewardId && attempt < ATTEMPTS; attempt++) {
    if (await write(doc)) return;
    doc = await read();
  }
  if (doc && doc.stewardId !== stewardId) throw new AppError('CONFLICT', '企业的记录正在被他人更新，请稍后重试交接');
};

/**
 * After a handover or first assignment, the enterprises' records follow them to the new
 * steward: one update per collection and batch for the records whose figures stay put, one
 * tracked write per demand and research visit.
 */
export const moveEnterpriseRecords = async (db: Database, enterpriseIds: readonly string[], steward: Steward, at = new Date()): Promise<void> => {
  const _ = db.command;
  const calendar = await calendarOverrideRepo.load(db);
  for (let i = 0; i < enterpriseIds.length; i += BATCH) {
    const batch = enterpriseIds.slice(i, i + BATCH);
    const elsewhere = { enterpriseId: _.in(batch), stewardId: _.neq(steward.id) };
    for (const name of SCOPED_RECORDS) await collection(db, name).where(elsewhere).update({ data: { stewardId: steward.id } });
    for (const d of await demandRepo.all(db, elsewhere)) {
      const move = (doc: DemandDoc) => writeDemand(db, doc, { patch: { stewardId: steward.id, stewardName: steward.name }, condition: { stewardId: doc.stewardId } }, at, calendar);
      await moveOne(() => demandRepo.get(db, d._id), d, move, steward.id);
    }
    for (const v of await researchVisitRepo.all(db, elsewhere)) {
      const move = (doc: ResearchVisitDoc) => updateTracked(db, 'research_visits', doc, { patch: { stewardId: steward.id }, condition: { stewardId: doc.stewardId } }, at);
      await moveOne(() => researchVisitRepo.get(db, v._id), v, move, steward.id);
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
  await moveEnterpriseRecords(db, ids, to, at);
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
    for (const e of movedOn) await moveEnterpriseRecords(db, [e._id], { id: e.stewardId, name: e.stewardName }, at);
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

/** A steward's new name onto what shows it beside the id: their enterprises and those enterprises' demands. */
export const renameSteward = async (db: Database, stewardId: string, name: string): Promise<void> => {
  await enterpriseRepo.updateWhere(db, { stewardId }, { stewardName: name });
  await collection(db, 'demands').where({ stewardId }).update({ data: { stewardName: name } });
};
