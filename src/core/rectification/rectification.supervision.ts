import { workingDayDeadline, type CalendarOverrides } from '../time/working-days';
import { ESCALATE_AFTER_WORKING_DAYS, type RectificationStatus } from './rectification.model';

/**
 * 督办 of a plan, as a pure function: the deadlines it can miss (the plan's submission while the
 * unit drafts it, each open measure's due date once the plan is accepted), each told to the unit
 * admin when missed and to the district ESCALATE_AFTER_WORKING_DAYS later. Each notice has a key
 * naming what and which due date, recorded on the plan when sent: a timer that fires twice sends
 * nothing twice, and a new due date (a returned plan) is supervised afresh.
 */
export type SupervisionLevel = 'unit' | 'district';

export interface SupervisedPlan {
  status: RectificationStatus;
  dueAt: Date;
  measures: ReadonlyArray<{ id: string; dueAt: Date; doneAt?: Date }>;
  supervised?: readonly string[];
}

export interface SupervisionItem {
  key: string;
  level: SupervisionLevel;
  /** The deadline that was missed. */
  dueAt: Date;
  /** When the notice is due. */
  at: Date;
  measureId?: string;
}

const itemsFor = (what: string, dueAt: Date, calendar: CalendarOverrides, measureId?: string): SupervisionItem[] => [
  { key: `${what}@${dueAt.toISOString()}:unit`, level: 'unit', dueAt, at: dueAt, ...(measureId ? { measureId } : {}) },
  { key: `${what}@${dueAt.toISOString()}:district`, level: 'district', dueAt, at: workingDayDeadline(dueAt, ESCALATE_AFTER_WORKING_DAYS, calendar), ...(measureId ? { measureId } : {}) },
];

/** Notices not sent yet, earliest first. */
export const pendingSupervision = (plan: SupervisedPlan, calendar: CalendarOverrides = {}): SupervisionItem[] => {
  const items =
    plan.status === 'drafting' || plan.status === 'returned'
      ? itemsFor('plan', plan.dueAt, calendar)
      : plan.status === 'accepted'
        ? plan.measures.filter((m) => !m.doneAt).flatMap((m) => itemsFor(`measure:${m.id}`, m.dueAt, calendar, m.id))
        : [];
  const sent = new Set(plan.supervised ?? []);
  return items.filter((i) => !sent.has(i.key)).sort((a, b) => a.at.getTime() - b.at.getTime());
};

/** The next moment the timer has something to tell about this plan, or null (the indexed `superviseAt`). */
export const nextSupervisionAt = (plan: SupervisedPlan, calendar: CalendarOverrides = {}): Date | null => pendingSupervision(plan, calendar)[0]?.at ?? null;

/** What to tell now, and when to look again. */
export const supervisionDue = (plan: SupervisedPlan, now: Date, calendar: CalendarOverrides = {}): { due: SupervisionItem[]; nextAt: Date | null } => {
  const pending = pendingSupervision(plan, calendar);
  const due = pending.filter((i) => i.at.getTime() < now.getTime());
  return { due, nextAt: pending.find((i) => i.at.getTime() >= now.getTime())?.at ?? null };
};
