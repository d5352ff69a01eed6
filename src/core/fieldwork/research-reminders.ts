import { endOfShanghaiDay } from '../time/shanghai';
import { nthWorkingDayAfter, nthWorkingDayBefore, workingDayDeadline, type CalendarOverrides } from '../time/working-days';
import { RESEARCH_FOLLOW_UP_WORKING_DAYS } from './research.rules';

/**
 * What the timer says about a research visit (art. 5.1), as data: the steward is reminded of the
 * follow-up (回访, due 10 working days after the visit) and of each promise's due date a few
 * working days ahead; what is still open when due is escalated to the unit; a planned visit whose
 * day has passed is to be recorded. Each reminder has a fixed key, sent once.
 */
export const REMIND_BEFORE_WORKING_DAYS = 2;

export type ReminderSubject = 'followUp' | 'promise' | 'plan';

export interface ResearchReminder {
  /** Fixed per visit: `followUp:remind`, `promise:<id>:escalate`, `plan:record`. */
  key: string;
  subject: ReminderSubject;
  step: 'remind' | 'escalate';
  /** From this instant on the reminder is due. */
  at: Date;
  /** The deadline it is about. */
  dueAt: Date;
  promiseId?: string;
}

export interface RemindedVisit {
  status?: 'planned' | 'recorded' | 'cancelled';
  /** The visit's (or the plan's) date, YYYY-MM-DD. */
  date: string;
  followUpAt?: Date | string;
  promises: Array<{ id: string; dueDate: string; status: 'open' | 'closed' }>;
  remindersSent?: string[];
}

/** The follow-up's deadline: the end of the 10th working day after the visit. */
export const followUpDeadline = (date: string, overrides: CalendarOverrides = {}): Date =>
  workingDayDeadline(new Date(`${date}T12:00:00+08:00`), RESEARCH_FOLLOW_UP_WORKING_DAYS, overrides);

/** Every reminder a visit calls for, sent or not, in no particular order. */
export const researchReminderSchedule = (v: RemindedVisit, overrides: CalendarOverrides = {}): ResearchReminder[] => {
  if (v.status === 'cancelled') return [];
  if (v.status === 'planned') {
    // The morning after the planned day: record what happened (the plan becomes the record).
    const at = endOfShanghaiDay(v.date);
    return [{ key: 'plan:record', subject: 'plan', step: 'remind', at, dueAt: at }];
  }
  const reminders: ResearchReminder[] = [];
  if (!v.followUpAt) {
    const dueAt = followUpDeadline(v.date, overrides);
    const remindDay = nthWorkingDayAfter(v.date, RESEARCH_FOLLOW_UP_WORKING_DAYS - REMIND_BEFORE_WORKING_DAYS, overrides);
    reminders.push({ key: 'followUp:remind', subject: 'followUp', step: 'remind', at: endOfShanghaiDay(remindDay), dueAt });
    reminders.push({ key: 'followUp:escalate', subject: 'followUp', step: 'escalate', at: dueAt, dueAt });
  }
  for (const p of v.promises.filter((x) => x.status === 'open')) {
    const dueAt = endOfShanghaiDay(p.dueDate);
    const remindAt = endOfShanghaiDay(nthWorkingDayBefore(p.dueDate, REMIND_BEFORE_WORKING_DAYS + 1, overrides));
    reminders.push({ key: `promise:${p.id}:remind`, subject: 'promise', step: 'remind', at: remindAt, dueAt, promiseId: p.id });
    reminders.push({ key: `promise:${p.id}:escalate`, subject: 'promise', step: 'escalate', at: dueAt, dueAt, promiseId: p.id });
  }
  return reminders;
};

const subjectOf = (r: ResearchReminder) => `${r.subject}:${r.promiseId ?? ''}`;

/**
 * What to send now and when to look again. A reminder overtaken by its escalation (the timer
 * first sees the item after its deadline) is not sent, only marked, so nobody hears "due soon"
 * about something already late.
 */
export const dueResearchReminders = (v: RemindedVisit, now: Date, overrides: CalendarOverrides = {}) => {
  const sent = new Set(v.remindersSent ?? []);
  const pending = researchReminderSchedule(v, overrides).filter((r) => !sent.has(r.key));
  const due = pending.filter((r) => r.at.getTime() <= now.getTime());
  const escalating = new Set(due.filter((r) => r.step === 'escalate').map(subjectOf));
  const send = due.filter((r) => r.step === 'escalate' || !escalating.has(subjectOf(r)));
  const later = pending.filter((r) => r.at.getTime() > now.getTime()).map((r) => r.at.getTime());
  return { send, marked: due.map((r) => r.key), nextAt: later.length ? new Date(Math.min(...later)) : undefined };
};

/** When the timer should next look at a visit (an instant already past is picked up by its next run; none: nothing left). */
export const nextResearchReminderAt = (v: RemindedVisit, overrides: CalendarOverrides = {}): Date | undefined => {
  const sent = new Set(v.remindersSent ?? []);
  const times = researchReminderSchedule(v, overrides).filter((r) => !sent.has(r.key)).map((r) => r.at.getTime());
  return times.length ? new Date(Math.min(...times)) : undefined;
};
