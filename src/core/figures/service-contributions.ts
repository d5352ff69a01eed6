import { shanghaiDate, endOfShanghaiDay } from '../time/shanghai';
import type { FlowCounters } from './counters';
import { mergeContributions, one, type Contribution } from './contributions';
import { reportCategoryKey } from './report-categories';
import { decideOutcome, outcomeCounters, type Instant } from './timed-outcome';

/**
 * Flow contributions of the service records: contacts and visits, handover tasks, key-information
 * reports, research visits and their promises, policy promotions, spot-check findings. Each
 * input is the subset of the stored document the figures read.
 */

/** A check-in farther than this from the enterprise's stored location is flagged (DOMAIN.md). */
export const FAR_CHECK_IN_METERS = 1000;
export const ONSITE_CONTACT_TYPE = '上门走访';

export interface ContactFactsInput {
  unitId: string;
  stewardId: string;
  type: string;
  at: Instant;
  checkIn?: { distanceMeters: number | null } | null;
}

export const contactContributions = (c: ContactFactsInput): Contribution[] => {
  const flow: Partial<FlowCounters> = { contacts: 1 };
  if (c.type === ONSITE_CONTACT_TYPE) flow.onsiteVisits = 1;
  if (c.checkIn) {
    flow.checkIns = 1;
    if (c.checkIn.distanceMeters === null) flow.checkInsUnlocated = 1;
    else if (c.checkIn.distanceMeters > FAR_CHECK_IN_METERS) flow.checkInsFar = 1;
  }
  return [{ day: shanghaiDate(c.at), slices: { unitId: c.unitId, stewardId: c.stewardId }, flow }];
};

export interface HandoverTaskFactsInput {
  unitId: string;
  /** The new steward: the contact within 3 working days is theirs to make. */
  toStewardId: string;
  dueAt: Instant;
  completedAt?: Instant | null;
  cancelledAt?: Instant | null;
}

export const handoverContributions = (t: HandoverTaskFactsInput, now: Date): Contribution[] => {
  const o = outcomeCounters(decideOutcome({ dueAt: t.dueAt, doneAt: t.completedAt, cancelledAt: t.cancelledAt }, now), 'handoverOnTime', 'handoverLate');
  return o ? [{ day: o.day, slices: { unitId: t.unitId, stewardId: t.toStewardId }, flow: o.counters }] : [];
};

export interface ReportFactsInput {
  unitId: string;
  stewardId: string;
  category: string;
  risk: boolean;
  createdAt: Instant;
}

export const reportContributions = (r: ReportFactsInput): Contribution[] => {
  const key = reportCategoryKey(r.category);
  const flow: Partial<FlowCounters> = { reports: 1, ...(key ? { [`reports_${key}`]: 1 } : {}), ...(r.risk ? { reportsRisk: 1 } : {}) };
  return [{ day: shanghaiDate(r.createdAt), slices: { unitId: r.unitId, stewardId: r.stewardId }, flow }];
};

export interface ResearchVisitFactsInput {
  unitId: string;
  stewardId: string;
  createdAt: Instant;
  followUpDueAt: Instant;
  followUpAt?: Instant | null;
  /** dueDate is a plain Shanghai date: the promise is kept if closed by the end of that day. */
  promises: ReadonlyArray<{ dueDate: string; status: 'open' | 'closed'; closedAt?: Instant | null }>;
}

export const researchContributions = (v: ResearchVisitFactsInput, now: Date): Contribution[] => {
  const slices = { unitId: v.unitId, stewardId: v.stewardId };
  const out: Contribution[] = [{ day: shanghaiDate(v.createdAt), slices, flow: { researchVisits: 1, promisesMade: v.promises.length } }];
  const followUp = outcomeCounters(decideOutcome({ dueAt: v.followUpDueAt, doneAt: v.followUpAt }, now), 'followUpOnTime', 'followUpLate');
  if (followUp) out.push({ day: followUp.day, slices, flow: followUp.counters });
  for (const p of v.promises) {
    const doneAt = p.status === 'closed' ? (p.closedAt ?? null) : null;
    const o = outcomeCounters(decideOutcome({ dueAt: endOfShanghaiDay(p.dueDate), doneAt }, now), 'promisesKept', 'promisesLate');
    if (o) out.push({ day: o.day, slices, flow: o.counters });
  }
  return mergeContributions(out);
};

export interface PromotionFactsInput {
  unitId: string;
  stewardId: string;
  createdAt: Instant;
  intendsToApply: boolean;
}

export const promotionContributions = (p: PromotionFactsInput): Contribution[] => [
  { day: shanghaiDate(p.createdAt), slices: { unitId: p.unitId, stewardId: p.stewardId }, flow: { promotions: 1, ...(p.intendsToApply ? { promotionsIntending: 1 } : {}) } },
];

export const SPOT_CHECK_RESULTS = ['属实', '不属实', '未能联系'] as const;
export type SpotCheckResult = (typeof SPOT_CHECK_RESULTS)[number];
const RESULT_KEYS = { 属实: 'spotChecksTrue', 不属实: 'spotChecksFalse', 未能联系: 'spotChecksUnreachable' } as const;

export interface SpotCheckFindingInput {
  unitId: string;
  stewardId: string;
  verifiedAt: Instant;
  result: SpotCheckResult;
}

export const spotCheckContributions = (f: SpotCheckFindingInput): Contribution[] => [
  { day: shanghaiDate(f.verifiedAt), slices: { unitId: f.unitId, stewardId: f.stewardId }, flow: one(RESULT_KEYS[f.result]) },
];
