import { AUTO_CLOSE_WORKING_DAYS } from '../../src/core/demand/demand.deadlines';
import { demandRepo } from '../db/demand.repo';
import { SYSTEM } from '../db/demand-timeline';
import { applyStep } from '../actions/demand-step';
import { stewardNotice } from '../actions/demand-notices';
import { drainQueue, type JobRun, type JobResult } from './job-run';

/** Demands read per batch. */
const BATCH = 200;

/**
 * A resolved demand the enterprise has not rated within the stated working days is closed by
 * the system, through the same machine and step as any other, and recorded as closed without
 * a rating: it never counts as satisfied. The queue is the [status, autoCloseAt] index; a closed
 * demand leaves it, so every due one is closed however many there are.
 */
export const autoCloseDemands = (run: JobRun): Promise<JobResult> => {
  const { db, now, messages } = run;
  const due = () => demandRepo.find(db, { status: 'resolved', autoCloseAt: db.command.lt(now) }).orderBy('autoCloseAt', 'asc').limit(BATCH).get().then((r) => r.data);
  return drainQueue(run, due, async (d) => {
    const outcome = await applyStep(db, messages, SYSTEM, d, 'autoClose', () => ({
      patch: { closedAt: now, closeReason: 'auto' },
      kind: 'auto_closed',
      text: `企业在 ${AUTO_CLOSE_WORKING_DAYS} 个工作日内未评价，系统自动关闭（不计为满意）`,
      notify: [{ to: 'steward', notice: stewardNotice(d, 'closed', '企业未评价，到期自动关闭', now) }],
    }), now);
    // A demand rated or changed in the meantime is simply left alone: the next batch sees it as it is.
    return outcome.done;
  });
};
