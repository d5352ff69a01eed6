import { dueResearchReminders, type ResearchReminder } from '../../src/core/fieldwork/research-reminders';
import { thing } from '../../src/core/notify/templates';
import { inShanghai, shanghaiDate } from '../../src/core/time/shanghai';
import { isWorkingDay } from '../../src/core/time/working-days';
import type { Database } from '../runtime/cloud-types';
import { calendarOverrideRepo } from '../db/calendar-override.repo';
import { researchVisitRepo, type ResearchVisitDoc } from '../db/research-visit.repo';
import { userRepo } from '../db/user.repo';
import { notifyUsers, wxTime, type Notice, type SubscribeMessageSender } from '../notify/notifier';

const BATCH = 100;
/** A run reads at most this many batches; what is left is read on the next working morning. */
const MAX_BATCHES = 50;
const PAGE = 'fieldwork/pages/research/index';

const monthDay = (d: Date) => inShanghai(d).format('M月D日');

/** One reminder in words: what is due, for which visit, by when. */
const noticeOf = (v: ResearchVisitDoc, r: ResearchReminder): Notice => {
  const promise = r.promiseId ? v.promises.find((p) => p.id === r.promiseId) : undefined;
  const visit = `${v.leaders}调研「${v.enterpriseName}」（${v.date}）`;
  const words: string[] = ({
    'plan:remind': ['请记录调研情况', `${visit}的计划日期已过，请记录调研情况（计划可直接转为记录，方案随之保留）；未成行的请取消计划。`, '计划日期已过'],
    'followUp:remind': [`调研回访将于 ${monthDay(r.dueAt)} 到期`, `${visit}后须在 10 个工作日内回访企业，截止 ${monthDay(r.dueAt)}。`, '请按时回访企业'],
    'followUp:escalate': [`调研回访逾期：${v.enterpriseName}`, `${visit}后已超过 10 个工作日未回访企业，请督促管家尽快回访。`, '已逾期，请督促回访'],
    'promise:remind': [`承诺事项将于 ${monthDay(r.dueAt)} 到期`, `${visit}承诺的「${promise?.content}」（责任：${promise?.owner}）将于 ${promise?.dueDate} 到期，请跟进办理。`, `责任：${promise?.owner}`],
    'promise:escalate': [`调研承诺逾期：${promise?.content}`, `${visit}承诺的「${promise?.content}」（责任：${promise?.owner}）已过完成时限 ${promise?.dueDate}，尚未办结，请督办。`, '承诺已逾期，请督办'],
  } as Record<string, string[]>)[`${r.subject}:${r.step}`];
  return {
    template: 'todo', kind: `${r.step === 'escalate' ? 'escalated' : 'reminder'}:research-${r.subject}`, recordId: v._id, page: r.subject === 'promise' ? `${PAGE}?open=1` : PAGE,
    title: words[0], body: words[1],
    data: { thing1: thing(words[0]), thing2: thing(v.enterpriseName), time3: wxTime(r.dueAt), thing4: thing(words[2]) },
  };
};

/** The steward hears every reminder of the visit; the unit hears what was escalated. */
const tell = async (db: Database, messages: SubscribeMessageSender, v: ResearchVisitDoc, send: ResearchReminder[]): Promise<void> => {
  const steward = v.stewardId ? await userRepo.findActive(db, { _id: v.stewardId }) : [];
  const escalations = send.filter((r) => r.step === 'escalate');
  const unit = escalations.length ? await userRepo.findActive(db, { role: 'unit_admin', unitId: v.unitId }) : [];
  for (const r of send) await notifyUsers(db, messages, r.step === 'escalate' ? [...steward, ...unit] : steward, noticeOf(v, r));
};

/**
 * Working mornings: research follow-ups (回访) and promise due dates are reminded ahead and
 * escalated to the unit when overdue; a plan whose day has passed asks to be recorded. Only the
 * visits whose `nextReminderAt` has come are read (indexed, in batches). Each visit is claimed by a
 * write conditional on the `nextReminderAt` it was read with, which records the keys sent and the
 * next time to look; a second run (or the timer firing twice) finds nothing left to send.
 */
export const remindResearchVisits = async (db: Database, now: Date, messages: SubscribeMessageSender): Promise<number> => {
  const overrides = await calendarOverrideRepo.load(db);
  if (!isWorkingDay(shanghaiDate(now), overrides)) return 0;
  const _ = db.command;
  let sent = 0;
  for (let batches = 0; batches < MAX_BATCHES; batches++) {
    const batch = await researchVisitRepo.remindersDue(db, now, BATCH);
    for (const v of batch) {
      const { send, marked, nextAt } = dueResearchReminders(v, now, overrides);
      const patch = { ...(marked.length ? { remindersSent: _.push(marked) } : {}), nextReminderAt: nextAt ?? _.remove() };
      if ((await researchVisitRepo.updateWhere(db, { _id: v._id, nextReminderAt: v.nextReminderAt }, patch)) !== 1) continue;
      await tell(db, messages, v, send);
      sent += send.length;
    }
    if (batch.length < BATCH) break;
  }
  return sent;
};
