import { currentDue, STAGE_LABELS } from '../../src/core/demand/demand.deadlines';
import type { Database } from '../runtime/cloud-types';
import { demandRepo } from '../db/demand.repo';
import { overdueQuery } from '../db/demand-overdue.query';
import { demandEvent, SYSTEM } from '../db/demand-timeline';
import { writeDemand } from '../db/demand-writes';
import { notifyUsers, type SubscribeMessageSender } from '../notify/notifier';
import { todoNotice } from '../actions/demand-notices';
import { recipients } from '../actions/demand-step';

/** After this many missed deadlines on one demand, the unit and the district are told (督办). */
const ESCALATE_AFTER_MISSES = 2;

/**
 * 督办: each missed deadline is recorded once (keyed by stage and due time, so a timer that fires
 * twice changes nothing), the responsible party is told, and a demand that has missed two
 * deadlines is escalated to its unit and the district.
 */
export const superviseDemands = async (db: Database, now: Date, messages: SubscribeMessageSender): Promise<number> => {
  const { data } = await demandRepo.find(db, overdueQuery(db, now)).limit(1000).get();
  let changed = 0;
  for (const d of data) {
    const due = currentDue(d)!;
    const key = `${due.stage}@${due.dueAt.toISOString()}`;
    if (d.missedKeys?.includes(key)) continue;
    const misses = (d.missedKeys?.length ?? 0) + 1;
    const escalate = misses >= ESCALATE_AFTER_MISSES && !d.escalatedAt;
    const text = escalate ? `${STAGE_LABELS[due.stage]}再次逾期，已督办至属地单位和区科经委` : `${STAGE_LABELS[due.stage]}已逾期，已提醒责任方`;
    const event = demandEvent(SYSTEM, escalate ? 'escalated' : 'overdue', text, now);
    // Recorded once (the key), and with the figures: an escalation counts the day it happens.
    if (!(await writeDemand(db, d, { patch: { overdueStage: due.stage, ...(escalate ? { escalatedAt: now } : {}) }, event, missedKey: key }, now))) continue;
    changed++;
    const page = `pages/demand-detail/index?id=${d._id}`;
    const responsible = due.responsible === 'district_admin' ? 'district' : due.responsible;
    await notifyUsers(db, messages, await recipients(db, d, responsible), { ...todoNotice(`overdue:${due.stage}`, `${STAGE_LABELS[due.stage]}已逾期`, d, due.dueAt, d.title), recordId: d._id, page });
    if (escalate) {
      const supervisors = [...(await recipients(db, d, 'unit')), ...(await recipients(db, d, 'district'))];
      await notifyUsers(db, messages, supervisors, { ...todoNotice('escalated', '诉求多次逾期，请督办', d, due.dueAt, d.title), recordId: d._id, page });
    }
  }
  return changed;
};
