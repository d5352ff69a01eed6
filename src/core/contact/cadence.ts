import { addCalendarDays, endOfShanghaiDay, shanghaiDate } from '../time/shanghai';

/**
 * Contact cadence (guideline art. 5.3): by default a contact at least every 30 days and an
 * on-site visit at least every 90; the unit can change both per enterprise. Stewards are
 * reminded before a contact falls due, not blamed after.
 */
export const DEFAULT_CONTACT_DAYS = 30;
export const DEFAULT_VISIT_DAYS = 90;
/** "Due soon" starts this many days before the due date. */
export const DUE_SOON_DAYS = 7;
/** Overdue by more than this many days: the unit is told (escalation). */
export const LONG_OVERDUE_DAYS = 30;

export type CadenceState = 'overdue' | 'due_soon' | 'ok';

export interface CadenceInput {
  contactCadenceDays?: number;
  visitCadenceDays?: number;
  lastContactAt?: Date | string | null;
  lastVisitAt?: Date | string | null;
  /** When the enterprise entered the list: the first contact is due a cadence after it. */
  since: Date | string;
}

export interface CadenceStatus {
  contactDueAt: Date;
  visitDueAt: Date;
  contactState: CadenceState;
  visitState: CadenceState;
  /** The earlier of the two, for sorting nearest-first. */
  nextDueAt: Date;
  state: CadenceState;
  daysOverdue: number;
}

const dueAfter = (from: Date | string, days: number) => endOfShanghaiDay(addCalendarDays(shanghaiDate(from), days));
const DAY = 86_400_000;

/** The state of one due date at `now`; of an enterprise's stored cadenceDueAt, the enterprise's state. */
export const stateOf = (due: Date, now: Date): CadenceState =>
  due.getTime() < now.getTime() ? 'overdue' : due.getTime() - now.getTime() <= DUE_SOON_DAYS * DAY ? 'due_soon' : 'ok';

const worst = (a: CadenceState, b: CadenceState): CadenceState => (a === 'overdue' || b === 'overdue' ? 'overdue' : a === 'due_soon' || b === 'due_soon' ? 'due_soon' : 'ok');

/** When the next contact and the next visit are due; they change only when a contact is recorded or a cadence is set. */
export const cadenceDueDates = (e: CadenceInput): { contactDueAt: Date; visitDueAt: Date; nextDueAt: Date } => {
  // Any contact counts towards the contact cadence; an on-site visit counts towards both.
  const lastContact = [e.lastContactAt, e.lastVisitAt].filter(Boolean).map((d) => new Date(d!)).sort((a, b) => b.getTime() - a.getTime())[0];
  const contactDueAt = dueAfter(lastContact ?? e.since, e.contactCadenceDays ?? DEFAULT_CONTACT_DAYS);
  const visitDueAt = dueAfter(e.lastVisitAt ?? e.since, e.visitCadenceDays ?? DEFAULT_VISIT_DAYS);
  return { contactDueAt, visitDueAt, nextDueAt: contactDueAt < visitDueAt ? contactDueAt : visitDueAt };
};

export const cadenceStatus = (e: CadenceInput, now: Date): CadenceStatus => {
  const { contactDueAt, visitDueAt, nextDueAt } = cadenceDueDates(e);
  const contactState = stateOf(contactDueAt, now);
  const visitState = stateOf(visitDueAt, now);
  return { contactDueAt, visitDueAt, contactState, visitState, nextDueAt, state: worst(contactState, visitState), daysOverdue: Math.max(0, Math.floor((now.getTime() - nextDueAt.getTime()) / DAY) + (now > nextDueAt ? 1 : 0)) };
};

export interface ReminderItem {
  enterpriseId: string;
  enterpriseName: string;
  state: CadenceState;
  nextDueAt: Date;
  daysOverdue: number;
}

/** What one steward's morning reminder says: counts, and the most pressing enterprise first. */
export const selectReminder = (items: ReminderItem[]): { overdue: number; dueSoon: number; first?: ReminderItem } | null => {
  const pressing = items.filter((i) => i.state !== 'ok').sort((a, b) => a.nextDueAt.getTime() - b.nextDueAt.getTime());
  if (pressing.length === 0) return null;
  return { overdue: pressing.filter((i) => i.state === 'overdue').length, dueSoon: pressing.filter((i) => i.state === 'due_soon').length, first: pressing[0] };
};

/**
 * The earlier of the contact and visit due dates: what the enterprise stores as `cadenceDueAt`, so the
 * cadence list, the reminders and the steward's home find due enterprises through an index. It does
 * not depend on the time of asking, only on the enterprise (its cadences and latest contacts).
 */
export const cadenceDueAt = (e: CadenceInput): Date => cadenceDueDates(e).nextDueAt;

/**
 * The state is read off the stored `cadenceDueAt`: overdue before `now`, due soon from `now` up to and including
 * this moment, ok after it.
 */
export const dueSoonUntil = (now: Date): Date => new Date(now.getTime() + DUE_SOON_DAYS * DAY);

/** `daysOverdue > LONG_OVERDUE_DAYS` as a bound on the stored `cadenceDueAt`: due at or before this moment (30 whole days ago). */
export const longOverdueBefore = (now: Date): Date => new Date(now.getTime() - LONG_OVERDUE_DAYS * DAY);
