import { currentDue, missKey, STAGE_LABELS } from '../../src/core/demand/demand.deadlines';
import type { CalendarOverrides } from '../../src/core/time/working-days';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { demandRepo, type DemandDoc } from '../db/demand.repo';
import { demandEvent, SYSTEM } from '../db/demand-timeline';
import { writeDemand } from '../db/demand-writes';
import { notifyUsers } from '../notify/notifier';
import { todoNotice } from '../actions/demand-notices';
import { recipients } from '../actions/demand-step';
import { drainQueue, type JobRun, type JobResult } from './job-run';

/** After this many missed deadlines on one demand, the unit and the district are told (督办). */
const ESCALATE_AFTER_MISSES = 2;
/** Demands read per batch (each is then written and its people told one by one). */
const BATCH = 200;

/**
 * 督办: each missed deadline is recorded once (keyed by stage and due time, so a timer that fires
 * twice changes nothing), the responsible party is told, and a demand that has missed two
 * deadlines is escalated to its unit and the district. The queue is the superviseAt index:
 * a demand is in it from its deadline until the miss is recorded, however many are due at once.
 */
export const superviseDemands = async (run: JobRun): Promise<JobResult> => {
  const { db, now } = run;
  // The figures' evaluation of each write needs the calendar: read once per run, not per demand.
  const calendar = await calendarOverrideRepo.load(db);
  const due = () => demandRepo.find(db, { superviseAt: db.command.lt(now) }).orderBy('superviseAt', 'asc').limit(BATCH).get().then((r) => r.data);
  return drainQueue(run, due, (d) => supervise(run, d, calendar));
};

const supervise = async ({ db, now, messages }: JobRun, d: DemandDoc, calendar: CalendarOverrides): Promise<boolean> => {
  const due = currentDue(d);
  const key = due && missKey(due);
  // Stored fields out of step with the demand (written by hand, or before they existed): store them again.
  if (!due || due.dueAt.getTime() !== d.superviseAt?.getTime() || d.missedKeys?.includes(key!)) {
    await demandRepo.storeDue(db, d);
    return false;
  }
  const misses = (d.missedKeys?.length ?? 0) + 1;
  const escalate = misses >= ESCALATE_AFTER_MISSES && !d.escalatedAt;
  const text = escalate ? `${STAGE_LABELS[due.stage]}再次逾期，已督办至属地单位和区科经委` : `${STAGE_LABELS[due.stage]}已逾期，已提醒责任方`;
  const event = demandEvent(SYSTEM, escalate ? 'escalated' : 'overdue', text, now);
  // Recorded once (the key), and with the figures: an escalation counts the day it happens. The
  // write stores the running deadline again, without superviseAt: the demand leaves the queue.
  if (!(await writeDemand(db, d, { patch: { overdueStage: due.stage, ...(escalate ? { escalatedAt: now } : {}) }, event, missedKey: key! }, now, calendar))) return false;
  const page = `pages/demand-detail/index?id=${d._id}`;
  const responsible = due.responsible === 'district_admin' ? 'district' : due.responsible;
  await notifyUsers(db, messages, await recipients(db, d, responsible), { ...todoNotice(`overdue:${due.stage}`, `${STAGE_LABELS[due.stage]}已逾期`, d, due.dueAt, d.title), recordId: d._id, page });
  if (escalate) {
    const supervisors = [...(await recipients(db, d, 'unit')), ...(await recipients(db, d, 'district'))];
    await notifyUsers(db, messages, supervisors, { ...todoNotice('escalated', '诉求多次逾期，请督办', d, due.dueAt, d.title), recordId: d._id, page });
  }
  return true;
};
