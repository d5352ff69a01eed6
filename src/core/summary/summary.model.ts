import type { PageResult } from '../demand/demand.model';

/**
 * Annual work summaries (guideline art. 8): each steward writes a personal one to their unit,
 * each unit a unit one to the district. Prefilled from the platform's figures, edited by section,
 * submitted by the district's deadline, returned with a reason or accepted.
 */

export const SUMMARY_KINDS = ['steward', 'unit'] as const;
export type SummaryKind = (typeof SUMMARY_KINDS)[number];
export const SUMMARY_KIND_LABELS: Record<SummaryKind, string> = { steward: '管家个人年度总结', unit: '单位年度工作总结' };

export const SUMMARY_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type SummaryStatus = (typeof SUMMARY_STATUSES)[number];
/** A summary nobody has started has no record: lists show it as not started. */
export type SummaryState = SummaryStatus | 'not_started';
export const SUMMARY_STATE_LABELS: Record<SummaryState, string> = {
  not_started: '未开始', draft: '草稿', submitted: '待审核', returned: '退回修改', accepted: '已通过',
};
/**
 * The states in the order a reviewer needs them: waiting for the reviewer first, then back with
 * the writer, still being written, not begun, and done. Lists sort and chips run in this order,
 * and a reviewer's list opens on the first.
 */
export const SUMMARY_STATES_BY_NEED = ['submitted', 'returned', 'draft', 'not_started', 'accepted'] as const satisfies readonly SummaryState[];

/** The sections a writer edits, in the order the document prints them. */
export const SECTION_KEYS = ['duties', 'results', 'satisfaction', 'problems', 'plans'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export const SECTION_LABELS: Record<SectionKey, string> = {
  duties: '职责履行', results: '工作成效', satisfaction: '企业满意度', problems: '问题与不足', plans: '下一步计划',
};
export type Sections = Record<SectionKey, string>;

/** One line of the reference table shown beside the text: a figure with its value and 口径. */
export interface ReferenceRow {
  key: string;
  label: string;
  /** Counts as numbers, rates 0–1; null when there is nothing to rate. */
  value: number | null;
  text: string;
  definition: string;
}

/** A closed demand the enterprise rated 非常满意: the summary's highlights. */
export interface HighlightView {
  demandId: string;
  title: string;
  enterpriseName: string;
  stewardName: string;
  closedAt: string;
}

/** The few figures a steward's summary carries into its unit's annex, as they stood at submission. */
export const HEADLINE_FIGURES = ['enterprises', 'contacts', 'onsiteVisits', 'resolved', 'satisfiedRate'] as const;
export type Headline = Record<(typeof HEADLINE_FIGURES)[number], number | null>;

/**
 * On a unit's summary: each steward, their summary's state, the headline figures of their
 * submitted summary (null while it is not in) and their training hours so far (the annex).
 */
export interface StewardAnnexRow extends Headline {
  stewardId: string;
  name: string;
  state: SummaryState;
  summaryId?: string;
  trainingHours: number;
}

/** The data beside the text: live while the summary is written, frozen when it is submitted. */
export interface SummaryReference {
  year: number;
  /** 2026年 (2026-01-01 — 2026-12-31). */
  periodLabel: string;
  /** When these figures were read (ISO); the submission time once frozen. */
  computedAt: string;
  /** The day the stock figures (enterprises served, coverage) are taken from; null before any snapshot. */
  stockDay: string | null;
  rows: ReferenceRow[];
  highlights: HighlightView[];
  /** Unit summaries only. */
  stewards?: StewardAnnexRow[];
  /** Set when `stewards` is only the first few (a draft's page): how many active stewards in all. */
  stewardCount?: number;
}

export interface SummaryReturnView {
  at: string;
  byName: string;
  reason: string;
}

/** A summary as its writer, reviewer or the district reads it (`summary.mine`, `summary.get`). */
export interface SummaryDetail {
  /** Empty for a summary not saved yet (`summary.mine` offers the prefilled draft). */
  id: string;
  year: number;
  kind: SummaryKind;
  subjectId: string;
  subjectName: string;
  unitId: string;
  unitName: string;
  status: SummaryStatus;
  /** 0 before the first save; every write is conditional on it. */
  version: number;
  sections: Sections;
  reference: SummaryReference;
  frozen: boolean;
  submittedAt?: string;
  /** Submitted (the last time) after the deadline. */
  late?: boolean;
  acceptedAt?: string;
  acceptedByName?: string;
  /** Newest last; the last one is why it is back with the writer. */
  returns: SummaryReturnView[];
  deadline: string | null;
  /** What the caller may do now: from the state machine and who they are. */
  can: { edit: boolean; submit: boolean; review: boolean; export: boolean };
}

/** A row of a list: a steward's summary in their unit, or a unit's at the district. */
export interface SummaryRow {
  /** The steward's or the unit's id. */
  subjectId: string;
  subjectName: string;
  summaryId?: string;
  state: SummaryState;
  submittedAt?: string;
  late?: boolean;
  acceptedAt?: string;
  returns: number;
}

/** What every reviewer's list carries above its rows. */
interface SummaryListHead {
  year: number;
  deadline: string | null;
  /** The deadline's version, for the district to move it (0: not set). */
  deadlineVersion: number;
  /** Rows by state, for the chips above the list. */
  counts: Record<SummaryState, number>;
}

/** Every unit's summary at the district: one row per unit (~40), all of them, by need. */
export interface UnitSummaryList extends SummaryListHead {
  of: 'units';
  rows: SummaryRow[];
}

/**
 * One unit's stewards: a row for each active steward and for any steward with a summary of the
 * year there. Counted per state for the chips; the rows come a page at a time, of one state.
 */
export interface StewardSummaryList extends SummaryListHead {
  of: 'stewards';
  unitId: string;
  unitName: string;
  /** The state the rows are of (the chip chosen). */
  state: SummaryState;
  stewards: PageResult<SummaryRow>;
  /** The unit's own summary, which its admin writes. */
  unitSummary: { state: SummaryState; summaryId?: string };
}

export type SummaryListView = UnitSummaryList | StewardSummaryList;

/** The district's deadline for a year (`summary.round`, `summary.setDeadline`). */
export interface SummaryRoundView {
  year: number;
  /** YYYY-MM-DD, the last day (Shanghai) to submit; null when not set. */
  deadline: string | null;
  version: number;
  setByName?: string;
}
