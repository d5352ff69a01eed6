import type { Complexity } from '../demand/demand.deadlines';
import type { CloseReason, DemandStatus } from '../demand/demand.model';
import { isBadReview, SATISFACTION_LEVELS, type ResolutionAnswer, type Satisfaction } from '../demand/satisfaction';
import { workingDaysBetween } from '../demand/demand.deadlines';
import { shanghaiDate } from '../time/shanghai';
import type { CalendarOverrides } from '../time/working-days';
import { LEVEL_KEYS, type DemandStageKey, type LevelKey } from './counters';
import { nextLateAt, pausedWorkingDays, stageInstances, type ExtensionInput, type StageEventInput, type StageInstance } from './demand-stages';
import type { Instant } from './timed-outcome';

/**
 * The subset of a stored demand the figures read. The server passes its document as is; any
 * extra fields are ignored. `timeline` must be the full event log (kinds as the steps write them).
 */
export interface DemandFactsInput {
  unitId: string;
  stewardId: string;
  category: string;
  status: DemandStatus;
  createdAt: Instant;
  timeline: readonly StageEventInput[];
  departmentId?: string;
  complexity?: Complexity;
  extensions?: readonly ExtensionInput[];
  returnedBy?: readonly string[];
  resolvedAt?: Instant;
  closedAt?: Instant;
  closeReason?: CloseReason;
  escalatedAt?: Instant;
  ratings?: ReadonlyArray<{ at: Instant; resolved: string; satisfaction: string }>;
}

export interface RatingFact {
  day: string;
  level: LevelKey;
  resolved: ResolutionAnswer;
  bad: boolean;
}

/** What one demand contributes to the figures, as of `now`. Days are Shanghai dates. */
export interface DemandFacts {
  receivedOn: string;
  /** The first dispatch; a re-dispatch after a misrouting is not a second one. */
  dispatchedOn?: string;
  resolvedOn?: string;
  /** Closed after a rating or automatically; withdrawn demands are counted apart. */
  closedOn?: string;
  withdrawnOn?: string;
  /** Closed without any rating after the waiting time: counted apart and never as satisfied. */
  autoClosedOn?: string;
  /** Closed by the district as unresolved after a bad review of the rectification: counted apart, never as satisfied. */
  unresolvedClosedOn?: string;
  escalatedOn?: string;
  misrouted: Array<{ day: string; departmentId: string }>;
  extendedOn: string[];
  stages: StageInstance[];
  /** Working days from receipt to resolution, less the days spent waiting on the enterprise. */
  handlingWorkingDays?: number;
  firstRating?: RatingFact;
  /** The rating after rectification (the enterprise may rate once more after a bad review). */
  secondRating?: RatingFact;
  open: boolean;
  overdueStage?: DemandStageKey;
  /** When the facts change next without a write (a deadline passing): re-derive then. */
  nextChangeAt?: Date;
}

const day = (d: Instant) => shanghaiDate(d);

const ratingFact = (r: { at: Instant; resolved: string; satisfaction: string } | undefined): RatingFact | undefined => {
  if (!r) return undefined;
  const index = SATISFACTION_LEVELS.indexOf(r.satisfaction as Satisfaction);
  if (index < 0) return undefined;
  const resolved = r.resolved as ResolutionAnswer;
  return { day: day(r.at), level: LEVEL_KEYS[index], resolved, bad: isBadReview(r.satisfaction as Satisfaction, resolved) };
};

export const stageOutcome = (s: StageInstance): 'onTime' | 'late' | 'pending' | 'cancelled' =>
  s.lateOn ? 'late' : s.doneAt ? 'onTime' : s.cancelledAt ? 'cancelled' : 'pending';

export const demandFacts = (d: DemandFactsInput, overrides: CalendarOverrides, now: Date): DemandFacts => {
  const stages = stageInstances(d, overrides, now);
  const firstOf = (kind: string) => d.timeline.find((e) => e.kind === kind)?.at;
  const dispatchedAt = firstOf('dispatched');
  const resolvedAt = d.resolvedAt ?? firstOf('resolved');
  const returns = d.timeline.filter((e) => e.kind === 'returned_by_department');
  const open = d.status !== 'closed' && d.status !== 'withdrawn';
  const running = stages.filter((s) => !s.doneAt && !s.cancelledAt && !s.pausedAt);
  const overdue = open ? running.find((s) => s.dueAt.getTime() < now.getTime()) : undefined;
  const rated = (d.ratings?.length ?? 0) > 0;
  return {
    receivedOn: day(d.createdAt),
    dispatchedOn: dispatchedAt ? day(dispatchedAt) : undefined,
    resolvedOn: resolvedAt ? day(resolvedAt) : undefined,
    closedOn: d.closedAt && d.closeReason !== 'withdrawn' ? day(d.closedAt) : undefined,
    withdrawnOn: d.closedAt && d.closeReason === 'withdrawn' ? day(d.closedAt) : undefined,
    autoClosedOn: d.closedAt && d.closeReason === 'auto' ? day(d.closedAt) : undefined,
    unresolvedClosedOn: d.closedAt && d.closeReason === 'unresolved' ? day(d.closedAt) : undefined,
    escalatedOn: d.escalatedAt ? day(d.escalatedAt) : undefined,
    misrouted: returns.map((e, i) => ({ day: day(e.at), departmentId: d.returnedBy?.[i] ?? '' })),
    extendedOn: (d.extensions ?? []).map((x) => day(x.at)),
    stages,
    handlingWorkingDays: resolvedAt ? Math.max(0, workingDaysBetween(new Date(d.createdAt), new Date(resolvedAt), overrides) - pausedWorkingDays(d.timeline, new Date(resolvedAt), overrides)) : undefined,
    firstRating: ratingFact(d.ratings?.[0]),
    secondRating: rated ? ratingFact(d.ratings?.[1]) : undefined,
    open,
    overdueStage: overdue?.stage,
    nextChangeAt: open ? nextLateAt(stages, now) : undefined,
  };
};
