import type { AssessmentScheme, SubjectKind } from './scheme';
import type { ScoreResult } from './score';

/**
 * What the assessment actions answer (年考核, issue 10 item 4; selection, item 5): the scheme
 * with its versions, a year's run and its progress, scores that drill down from a unit to its
 * stewards to one steward's indicators to the records behind them, and the selection.
 */

export interface SchemeVersionView {
  version: number;
  name: string;
  effectiveFrom: string;
  publishedAt: string;
  publishedByName: string;
}

export interface SchemeView {
  /** The scheme a new assessment uses: the latest published version, or the built-in default proposed (not yet published). */
  current: AssessmentScheme;
  currentPublished: boolean;
  /** The district's draft (district only): edited, validated, then published as the next version. */
  draft?: { scheme: AssessmentScheme; rev: number; updatedAt: string; problems: Record<string, string> };
  versions: SchemeVersionView[];
  /** How a score is computed from the indicators (SCORING_RULE), shown above them. */
  rule: string;
}

export type RunStatus = 'running' | 'computed' | 'published';
export const RUN_STATUS_LABELS: Record<RunStatus, string> = { running: '计算中', computed: '已计算，待发布', published: '已发布' };

export interface RunView {
  year: number;
  status: RunStatus;
  statusLabel: string;
  schemeVersion: number;
  schemeName: string;
  unitsDone: number;
  unitsTotal: number;
  startedAt: string;
  computedAt?: string;
  publishedAt?: string;
  /** Units asked for a rectification plan when the results were published. */
  rectifyUnitIds: string[];
  /** The selection of excellent stewards: open for nominations once the results are published. */
  selectionPublishedAt?: string;
}

/** One unit or steward in a list: the score and whether it ranks. */
export interface ScoreRow {
  subject: SubjectKind;
  id: string;
  name: string;
  unitId: string;
  total: number;
  /** District-wide rank among eligible subjects of the kind (ties share); null when not eligible. */
  rank: number | null;
  eligible: boolean;
  ineligibleReason?: string;
  ratedDemands: number;
  /** Unit rows: when the unit admin acknowledged the published result, and whether a plan was asked for. */
  acknowledgedAt?: string;
  rectificationRequested?: boolean;
  /** The rectification plan asked of the unit (rectification.get). */
  rectificationPlanId?: string;
}

/** A page of score rows, in the ranking's order. */
export interface ScorePage {
  items: ScoreRow[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

export interface YearView {
  run: RunView | null;
  /** The units (the district: every unit, paged; a unit admin: their own). */
  units: ScorePage;
}

export interface UnitResultView {
  run: RunView;
  unit: ScoreRow;
  /** How many stewards of the unit have a score, and a page of them (a unit at ten times Pudong has ~300). */
  stewardCount: number;
  stewards: ScorePage;
}

/** One score in full: every indicator, measure and deduction, with the figures and counts used. */
export interface SubjectResultView {
  run: RunView;
  row: ScoreRow;
  unitName: string;
  result: ScoreResult;
  /** The counters the measures were computed from (evidence keys → value), as stored at the run. */
  counters: Record<string, number>;
  /** The 口径 of each indicator and deduction, by key, from the version used. */
  notes: Record<string, string>;
  /** Measures and deductions whose records can be listed (`assessment.evidence`), by source key. */
  evidenceKinds: Record<string, EvidenceKind>;
  /** Each deduction's source key (the figure or input it counts), as `evidenceKinds` and `assessment.evidence` name it. */
  deductionSources: Record<string, string>;
}

export type EvidenceKind = 'demands' | 'contacts' | 'reports' | 'research_visits' | 'handover_tasks' | 'promotions' | 'enterprises' | 'spot_checks' | 'training';
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  demands: '诉求', contacts: '联系走访', reports: '报送信息', research_visits: '领导调研', handover_tasks: '交接任务', promotions: '政策推送', enterprises: '服务企业', spot_checks: '抽查记录', training: '培训记录',
};

/** One record behind a measure: what it is, where it opens, and what it counted in the year. */
export interface EvidenceRow {
  kind: EvidenceKind;
  id: string;
  title: string;
  date: string;
  /** A page in the app that opens the record, when there is one for the caller. */
  link?: string;
  /** The counters this record added in the year (key → n), in words: 首次评价“满意” 1. */
  counted: Array<{ key: string; label: string; n: number }>;
}

export interface EvidenceView {
  key: string;
  label: string;
  kind: EvidenceKind;
  /** The counters listed, summed over every record (equal to the stored counters when nothing changed since the run). */
  totals: Record<string, number>;
  items: EvidenceRow[];
  page: number;
  pageSize: number;
  hasMore: boolean;
  /** Why a measure has no records to list (inputs kept confidential, …). */
  note?: string;
}

export type NomineeStatus = 'nominated' | 'accepted' | 'rejected';
export const NOMINEE_STATUS_LABELS: Record<NomineeStatus, string> = { nominated: '待审核', accepted: '已通过', rejected: '未通过' };

export interface NomineeView {
  stewardId: string;
  name: string;
  unitId: string;
  unitName: string;
  total: number;
  rank: number | null;
  reason: string;
  status: NomineeStatus;
  reviewReason?: string;
}

export interface SelectionView {
  year: number;
  quota: number;
  minRatedDemands: number;
  published: boolean;
  publishedAt?: string;
  /** The ranking (eligible first) of the unit's stewards (a unit admin) or of all stewards (the district), paged. */
  ranking: { items: Array<ScoreRow & { unitRank: number | null; suggested: boolean; nominated: boolean }>; page: number; pageSize: number; hasMore: boolean };
  /** The nominations (a unit admin: their own; the district: every unit's), and the rev to write against. */
  nominees: NomineeView[];
  /** A unit admin's nomination document revision (0 before the first). */
  rev: number;
}
