import { currentDue, STAGE_LABELS } from '../../src/core/demand/demand.deadlines';
import type { Database } from '../runtime/cloud-types';
import type { DemandDoc } from '../db/documents';
import { overdueQuery } from '../db/demand-overdue.query';
import { findActiveUsers } from '../db/user.repo';
import { notifyUsers, type SubscribeMessageSender } from '../notify/notifier';
import { todoNotice } from '../actions/demand-notices';

/** After this many missed deadlines on one demand, the unit and the district are told (督办). */
export const ESCALATE_AFTER_MISSES = 2;


/**
 * 督办: each missed deadline is recorded once (keyed by stage and due time, so a timer that fires
 * twice changes nothing), the responsible party is told, and a demand that has missed two
 * deadlines is escalated to its unit and the district.
 */
export const superviseDemands = async (db: Database, now: Date, messages: SubscribeMessageSender): Promise<number> => {
  const _ = db.command;
  const { data } = await db.collection<DemandDoc>('demands').where(overdueQuery(db, now)).limit(1000).get();
  let changed = 0;
  for (const d of data) {
    const due = currentDue(d)!;
    const key = `${due.stage}@${due.dueAt.toISOString()}`;
    if (d.missedKeys?.includes(key)) continue;
    const misses = (d.missedKeys?.length ?? 0) + 1;
    const escalate = misses >= ESCALATE_AFTER_MISSES && !d.escalatedAt;
    const { stats } = await db
      .collection('demands')
      .where({ _id: d._id, missedKeys: _.neq(key) })
      .update({ data: { overdueStage: due.stage, missedKeys: _.push([key]), ...(escalate ? { escalatedAt: now } : {}), timeline: _.push([{ at: now, actorId: 'system', actorName: '系统', actorRole: 'district_admin', kind: escalate ? 'escalated' : 'overdue', text: escalate ? `${STAGE_LABELS[due.stage]}再次逾期，已督办至属地单位和区科经委` : `${STAGE_LABELS[due.stage]}已逾期，已提醒责任方` }]) } });
    if (stats.updated === 0) continue;
    changed++;
    const responsible =
      due.responsible === 'steward' ? { _id: d.stewardId } : due.responsible === 'department' ? { role: 'department', departmentId: d.departmentId ?? '-' } : { role: 'district_admin' };
    const page = `pages/demand-detail/index?id=${d._id}`;
    await notifyUsers(db, messages, await findActiveUsers(db, responsible), { ...todoNotice(`overdue:${due.stage}`, `${STAGE_LABELS[due.stage]}已逾期`, d, due.dueAt, d.title), recordId: d._id, page });
    if (escalate) {
      const supervisors = [...(await findActiveUsers(db, { role: 'unit_admin', unitId: d.unitId })), ...(await findActiveUsers(db, { role: 'district_admin' }))];
      await notifyUsers(db, messages, supervisors, { ...todoNotice('escalated', '诉求多次逾期，请督办', d, due.dueAt, d.title), recordId: d._id, page });
    }
  }
  return changed;
};
