import type { Contribution } from '../../src/core/figures/contributions';
import { demandFigures } from '../../src/core/figures/demand-contributions';
import { contactContributions, handoverContributions, promotionContributions, reportContributions, researchContributions, spotCheckContributions } from '../../src/core/figures/service-contributions';
import { endOfShanghaiDay } from '../../src/core/time/shanghai';
import type { CalendarOverrides } from '../../src/core/time/working-days';
import type { DocumentTypes } from '../db/documents';

/**
 * The records that count in the figures, and how each one's contributions are read from the
 * stored document with the core functions (src/core/figures). Demands and research visits follow
 * the enterprise's current steward, since their open duties move with a handover; contacts,
 * reports and promotions count for the steward who did the work (`creditedStewardId`).
 */
export const SOURCE_NAMES = ['demands', 'contacts', 'reports', 'promotions', 'research_visits', 'handover_tasks', 'spot_check_items'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];
export type SourceDoc<N extends SourceName = SourceName> = DocumentTypes[N];

export interface Evaluation {
  contributions: Contribution[];
  /** The next instant the contributions change without a write (a deadline passing). */
  nextChangeAt?: Date;
}

export interface FigureSource<N extends SourceName> {
  name: N;
  /** Only the demand stages count working days; the other sources need no calendar. */
  usesCalendar: boolean;
  /** Work done (contacts, reports, promotions): counted for the steward serving the enterprise when it was recorded. */
  creditsWork: boolean;
  /** Whether a record counts on one day only (then `factsFrom` = `factsTo`) or over a range of days. */
  span: 'day' | 'range';
  evaluate(doc: SourceDoc<N>, at: Date, calendar: CalendarOverrides): Evaluation;
  /**
   * The fields `evaluate` reads, where a stored record holds much more (a demand's description,
   * similarity signature, attachments): reads that only evaluate fetch these. A demand's timeline
   * is read whole: projecting inside its array costs the engine more than the bytes it saves.
   */
  reads?: Readonly<Record<string, true>>;
}

const earliest = (dates: Array<Date | undefined>): Date | undefined =>
  dates.filter((d): d is Date => !!d).sort((a, b) => a.getTime() - b.getTime())[0];
const ahead = (due: Date | string | undefined | null, at: Date): Date | undefined => (due && new Date(due).getTime() >= at.getTime() ? new Date(due) : undefined);
const credited = (r: { creditedStewardId?: string; stewardId: string }) => r.creditedStewardId ?? r.stewardId;

const demands: FigureSource<'demands'> = {
  name: 'demands',
  usesCalendar: true,
  creditsWork: false,
  span: 'range',
  evaluate: (d, at, calendar) => {
    const { facts, contributions } = demandFigures(d, calendar, at);
    return { contributions, nextChangeAt: facts.nextChangeAt };
  },
  // DemandFactsInput, and the instant the contributions were counted at.
  reads: {
    unitId: true, stewardId: true, category: true, status: true, createdAt: true, departmentId: true, complexity: true, extensions: true, returnedBy: true,
    resolvedAt: true, closedAt: true, closeReason: true, escalatedAt: true, ratings: true, factsAt: true, timeline: true,
  },
};

const contacts: FigureSource<'contacts'> = {
  name: 'contacts',
  usesCalendar: false,
  creditsWork: true,
  span: 'day',
  evaluate: (c) => ({ contributions: contactContributions({ unitId: c.unitId, stewardId: credited(c), type: c.type, at: c.at, checkIn: c.checkIn }) }),
};

const reports: FigureSource<'reports'> = {
  name: 'reports',
  usesCalendar: false,
  creditsWork: true,
  span: 'day',
  evaluate: (r) => ({ contributions: reportContributions({ unitId: r.unitId, stewardId: credited(r), category: r.category, risk: r.risk, createdAt: r.createdAt }) }),
};

const promotions: FigureSource<'promotions'> = {
  name: 'promotions',
  usesCalendar: false,
  creditsWork: true,
  span: 'day',
  evaluate: (p) => ({ contributions: promotionContributions({ unitId: p.unitId, stewardId: credited(p), createdAt: p.createdAt, intendsToApply: p.intendsToApply }) }),
};

const researchVisits: FigureSource<'research_visits'> = {
  name: 'research_visits',
  usesCalendar: false,
  creditsWork: false,
  span: 'range',
  evaluate: (v, at) => {
    const followUpDueAt = v.followUpDueAt;
    // A plan (or a cancelled one) is not a visit yet: it counts once it is recorded.
    if (v.status === 'planned' || v.status === 'cancelled' || !followUpDueAt) return { contributions: [] };
    return {
      contributions: researchContributions({ ...v, followUpDueAt }, at),
      nextChangeAt: earliest([
        v.followUpAt ? undefined : ahead(followUpDueAt, at),
        ...v.promises.filter((p) => p.status === 'open').map((p) => ahead(endOfShanghaiDay(p.dueDate), at)),
      ]),
    };
  },
};

const handoverTasks: FigureSource<'handover_tasks'> = {
  name: 'handover_tasks',
  usesCalendar: false,
  creditsWork: false,
  span: 'range',
  evaluate: (t, at) => ({ contributions: handoverContributions(t, at), nextChangeAt: t.completedAt || t.cancelledAt ? undefined : ahead(t.dueAt, at) }),
};

/** Each verification attempt of a drawn record counts on its day for the steward and unit it concerns (a 未能联系 and a later 属实 both count). */
const spotCheckItems: FigureSource<'spot_check_items'> = {
  name: 'spot_check_items',
  usesCalendar: false,
  creditsWork: false,
  span: 'range',
  evaluate: (i) => ({ contributions: i.attempts.flatMap((a) => spotCheckContributions({ unitId: i.unitId, stewardId: i.stewardId, verifiedAt: a.at, result: a.result })) }),
};

export const FIGURE_SOURCES: { [N in SourceName]: FigureSource<N> } = {
  demands, contacts, reports, promotions, research_visits: researchVisits, handover_tasks: handoverTasks, spot_check_items: spotCheckItems,
};

