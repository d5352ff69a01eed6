import { AUTO_CLOSE_WORKING_DAYS } from '../../src/core/demand/demand.deadlines';
import type { Database } from '../runtime/cloud-types';
import { demandRepo } from '../db/demand.repo';
import { SYSTEM } from '../db/demand-timeline';
import type { SubscribeMessageSender } from '../notify/notifier';
import { applyStep } from '../actions/demand-step';
import { stewardNotice } from '../actions/demand-notices';

/**
 * A resolved demand the enterprise has not rated within the stated working days is closed by
 * the system, through the same machine and step as any other, and recorded as closed without
 * a rating: it never counts as satisfied.
 */
export const autoCloseDemands = async (db: Database, now: Date, messages: SubscribeMessageSender): Promise<number> => {
  const due = (await demandRepo.find(db, { status: 'resolved', autoCloseAt: db.command.lt(now) }).limit(1000).get()).data;
  let closed = 0;
  for (const d of due) {
    const outcome = await applyStep(db, messages, SYSTEM, d, 'autoClose', () => ({
      patch: { closedAt: now, closeReason: 'auto' },
      kind: 'auto_closed',
      text: `企业在 ${AUTO_CLOSE_WORKING_DAYS} 个工作日内未评价，系统自动关闭（不计为满意）`,
      notify: [{ to: 'steward', notice: stewardNotice(d, 'closed', '企业未评价，到期自动关闭', now) }],
    }), now);
    // A demand rated or changed in the meantime is simply left alone: the next run sees it as it is.
    if (outcome.done) closed++;
  }
  return closed;
};
