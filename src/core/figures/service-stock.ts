import { cadenceStatus, LONG_OVERDUE_DAYS } from '../contact/cadence';
import { endOfShanghaiDay } from '../time/shanghai';
import type { StockCounters } from './counters';
import type { StockContribution } from './contributions';
import type { Instant } from './timed-outcome';

/**
 * The stock snapshot of service records at an instant: coverage and onboarding of enterprises,
 * open handover tasks, open research promises, active stewards. The server can take the
 * snapshot with count queries (the cadence due dates are stored fields) or by folding these
 * per-record functions over a paged scan in the morning timer; both must agree with these.
 */

const DAY = 86_400_000;

export interface EnterpriseStockInput {
  unitId: string;
  stewardId: string;
  status: 'active' | 'removed';
  contactCadenceDays?: number;
  visitCadenceDays?: number;
  lastContactAt?: Instant | null;
  lastVisitAt?: Instant | null;
  /** When it entered the list: the first contact is due a cadence after it. */
  createdAt: Instant;
  /** Bound, active enterprise-contact accounts (onboarding). */
  boundContacts: number;
}

export const enterpriseStock = (e: EnterpriseStockInput, at: Date): StockContribution | null => {
  if (e.status !== 'active') return null;
  const c = cadenceStatus({ contactCadenceDays: e.contactCadenceDays, visitCadenceDays: e.visitCadenceDays, lastContactAt: e.lastContactAt ? new Date(e.lastContactAt) : null, lastVisitAt: e.lastVisitAt ? new Date(e.lastVisitAt) : null, since: new Date(e.createdAt) }, at);
  const stock: Partial<StockCounters> = { enterprises: 1 };
  if (c.contactState !== 'overdue') stock.contactWithinCadence = 1;
  if (c.visitState !== 'overdue') stock.visitWithinCadence = 1;
  if (at.getTime() - c.contactDueAt.getTime() > LONG_OVERDUE_DAYS * DAY) stock.contactLongOverdue = 1;
  if (e.boundContacts > 0) stock.withBoundContact = 1;
  return { slices: { unitId: e.unitId, stewardId: e.stewardId }, stock };
};

export const stewardStock = (s: { unitId: string; stewardId: string; status: 'active' | 'disabled' }): StockContribution | null =>
  s.status === 'active' ? { slices: { unitId: s.unitId, stewardId: s.stewardId }, stock: { stewards: 1 } } : null;

export const handoverStock = (t: { unitId: string; toStewardId: string; dueAt: Instant; completedAt?: Instant | null; cancelledAt?: Instant | null }, at: Date): StockContribution | null => {
  if (t.completedAt || t.cancelledAt) return null;
  return { slices: { unitId: t.unitId, stewardId: t.toStewardId }, stock: { handoversOpen: 1, ...(new Date(t.dueAt).getTime() < at.getTime() ? { handoversOverdue: 1 } : {}) } };
};

export const promiseStock = (v: { unitId: string; stewardId: string; promises: ReadonlyArray<{ dueDate: string; status: 'open' | 'closed' }> }, at: Date): StockContribution | null => {
  const open = v.promises.filter((p) => p.status === 'open');
  if (open.length === 0) return null;
  const overdue = open.filter((p) => endOfShanghaiDay(p.dueDate).getTime() < at.getTime()).length;
  return { slices: { unitId: v.unitId, stewardId: v.stewardId }, stock: { promisesOpen: open.length, ...(overdue ? { promisesOverdue: overdue } : {}) } };
};
