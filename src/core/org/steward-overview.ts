import { cadenceStatus, LONG_OVERDUE_DAYS, type CadenceInput } from '../contact/cadence';
import type { CloseReason } from '../demand/demand.model';
import { isBadReview, SATISFACTION_LEVELS, type ResolutionAnswer, type Satisfaction } from '../demand/satisfaction';
import type { CadenceRow } from '../fieldwork/fieldwork.model';
import type { AccountStatus, ContactView } from './org.model';

/**
 * One steward seen by their unit or the district (issue 9, watch lists): load, contact coverage
 * now, contacts and demands over a recent period, and what enterprises said of the service.
 * The figures follow the catalogue's 口径 (src/core/figures) where one exists; the monthly trend
 * comes from the figures rollups and is drawn beside these.
 */
export const OVERVIEW_PERIODS = [30, 90, 365] as const;
export type OverviewPeriod = (typeof OVERVIEW_PERIODS)[number];
export const OVERVIEW_PERIOD_LABELS: Record<OverviewPeriod, string> = { 30: '近30天', 90: '近90天', 365: '近一年' };

export interface Coverage {
  enterprises: number;
  /** Contacted within the contact cadence: the next contact is not yet due. */
  contactedInCadence: number;
  /** Visited on site within the visit cadence. */
  visitedInCadence: number;
  contactOverdue: number;
  visitOverdue: number;
  /** Overdue by more than 30 days (the unit is told each working morning). */
  longOverdue: number;
  dueSoon: number;
}

export interface ContactSummary {
  total: number;
  visits: number;
  /** Contacts of each kind (电话, 上门走访 ...), most first. */
  byType: Array<{ type: string; count: number }>;
  enterprisesContacted: number;
}

/** Demands over the period, each by the day it happened (as the figures count them). */
export interface DemandSummaryCounts {
  /** Submitted in the period. */
  received: number;
  /** Closed in the period (rated, closed automatically or by the district as unresolved; withdrawn ones are not counted). */
  closed: number;
  /** Escalated to the unit and the district in the period (督办). */
  escalated: number;
}

export interface SatisfactionSummary {
  /** First ratings given in the period. */
  rated: number;
  /** First ratings per level, best first. */
  levels: Array<{ level: Satisfaction; count: number }>;
  /** (非常满意 + 满意) ÷ rated; null without ratings. */
  satisfiedRate: number | null;
  /** First ratings that opened the bad-review loop (不满意, 非常不满意 or 未解决). */
  badReviews: number;
  /** Closed without a rating after the waiting time, in the period: counted apart, never as satisfied. */
  autoClosed: number;
  /** Closed by the district as unresolved after a second bad review, in the period: counted apart, never as satisfied. */
  closedUnresolved: number;
}

export interface StewardOverview {
  steward: { id: string; name: string; phone?: string; status: AccountStatus; unitId: string; unitName: string; liaisonNames: string[] };
  period: { days: OverviewPeriod; from: string };
  load: { enterprises: number; overloaded: boolean };
  coverage: Coverage;
  /** Its most pressing enterprises (overdue, then due soon), nearest due first. */
  pressing: CadenceRow[];
  contacts: ContactSummary;
  recentContacts: ContactView[];
  /** Open and overdue now, over all the steward's demands. */
  demandsNow: { open: number; overdue: number };
  /** Over the period. */
  demands: DemandSummaryCounts;
  satisfaction: SatisfactionSummary;
}

export const coverageOf = (enterprises: CadenceInput[], now: Date): Coverage => {
  const states = enterprises.map((e) => cadenceStatus(e, now));
  const count = (pick: (s: (typeof states)[number]) => boolean) => states.filter(pick).length;
  return {
    enterprises: enterprises.length,
    contactedInCadence: count((s) => s.contactState !== 'overdue'),
    visitedInCadence: count((s) => s.visitState !== 'overdue'),
    contactOverdue: count((s) => s.contactState === 'overdue'),
    visitOverdue: count((s) => s.visitState === 'overdue'),
    longOverdue: count((s) => s.state === 'overdue' && s.daysOverdue > LONG_OVERDUE_DAYS),
    dueSoon: count((s) => s.state === 'due_soon'),
  };
};

export const contactSummaryOf = (contacts: Array<{ type: string; enterpriseId: string }>, visitType: string): ContactSummary => {
  const byType = new Map<string, number>();
  for (const c of contacts) byType.set(c.type, (byType.get(c.type) ?? 0) + 1);
  return {
    total: contacts.length,
    visits: byType.get(visitType) ?? 0,
    byType: [...byType].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    enterprisesContacted: new Set(contacts.map((c) => c.enterpriseId)).size,
  };
};

/** What the summaries read of a demand. */
export interface OverviewDemand {
  createdAt: Date | string;
  closedAt?: Date | string;
  escalatedAt?: Date | string;
  closeReason?: CloseReason;
  ratings?: ReadonlyArray<{ at: Date | string; resolved: string; satisfaction: string }>;
}

const within = (at: Date | string | undefined, since: Date) => !!at && new Date(at).getTime() >= since.getTime();

export const demandCountsOf = (demands: OverviewDemand[], since: Date): DemandSummaryCounts => ({
  received: demands.filter((d) => within(d.createdAt, since)).length,
  closed: demands.filter((d) => d.closeReason !== 'withdrawn' && within(d.closedAt, since)).length,
  escalated: demands.filter((d) => within(d.escalatedAt, since)).length,
});

/** The 满意率 口径 of the figures (satisfiedRate): first ratings by the day they were given. */
export const satisfactionOf = (demands: OverviewDemand[], since: Date): SatisfactionSummary => {
  const first = demands
    .map((d) => d.ratings?.[0])
    .filter((r): r is { at: Date | string; resolved: string; satisfaction: string } => !!r && within(r.at, since) && SATISFACTION_LEVELS.includes(r.satisfaction as Satisfaction));
  const levels = SATISFACTION_LEVELS.map((level) => ({ level, count: first.filter((r) => r.satisfaction === level).length }));
  const satisfied = levels[0].count + levels[1].count;
  return {
    rated: first.length,
    levels,
    satisfiedRate: first.length ? satisfied / first.length : null,
    badReviews: first.filter((r) => isBadReview(r.satisfaction as Satisfaction, r.resolved as ResolutionAnswer)).length,
    autoClosed: demands.filter((d) => d.closeReason === 'auto' && within(d.closedAt, since)).length,
    closedUnresolved: demands.filter((d) => d.closeReason === 'unresolved' && within(d.closedAt, since)).length,
  };
};
