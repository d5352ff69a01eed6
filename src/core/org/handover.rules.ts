import { workingDayDeadline, type CalendarOverrides } from '../time/working-days';

/** Guideline art. 10: a new steward contacts each handed-over enterprise within 3 working days. */
export const HANDOVER_CONTACT_WORKING_DAYS = 3;

export const handoverDeadline = (handedOverAt: Date, overrides: CalendarOverrides = {}): Date =>
  workingDayDeadline(handedOverAt, HANDOVER_CONTACT_WORKING_DAYS, overrides);

export type HandoverTaskState = 'open' | 'done' | 'overdue';

export const handoverTaskState = (task: { completedAt?: Date | string | null; dueAt: Date | string }, now: Date): HandoverTaskState =>
  task.completedAt ? 'done' : new Date(task.dueAt).getTime() < now.getTime() ? 'overdue' : 'open';
