/**
 * The annual assessment (年考核) scoring scheme: data the district edits and versions. Each
 * indicator is worth some points and is made of measures drawn from the figures (or from a few
 * inputs the figures do not hold yet); deductions take points off for 不属实 spot-check
 * findings and confirmed integrity findings. A published version is never edited: a change is
 * a new version, so every past score can be recomputed and explained.
 */
export type SubjectKind = 'unit' | 'steward';
export const SUBJECT_LABELS: Record<SubjectKind, string> = { unit: '属地单位', steward: '服务管家' };

/** Values the server supplies from records that are not figures (training, summaries, integrity cases). */
export const ASSESSMENT_INPUTS = {
  trainingCompletionRate: { label: '培训完成率', note: '应参加的培训中实际参加的比例（0–1）。' },
  summaryOnTime: { label: '年度总结按时报送', note: '按时报送为 1，逾期报送为 0.5，未报送为 0。' },
  integrityFindings: { label: '查实的廉洁问题', note: '年度内经查实的违反亲清关系规定的问题件数。' },
} as const;
export type AssessmentInputKey = keyof typeof ASSESSMENT_INPUTS;

export type MeasureSource = { figure: string } | { input: AssessmentInputKey };

export interface Measure {
  source: MeasureSource;
  /** Its share of the indicator's points; the shares of an indicator sum to 1. */
  share: number;
  /**
   * Full marks at this value; linear from 0 below it (default 1, i.e. 100% for a rate). For a
   * lower-is-better rate (差评率) it applies to the complement (1 − 差评率).
   */
  target?: number;
  /** Counts only with at least this many first ratings (the satisfaction measures). */
  needsRatedDemands?: boolean;
}

export interface Indicator {
  key: string;
  label: string;
  points: number;
  measures: Measure[];
  appliesTo: SubjectKind[];
  /** The 口径 shown beside the score. */
  note: string;
}

export interface Deduction {
  key: string;
  label: string;
  /** A count: spot-check findings (figure spotChecksFalse) or confirmed integrity findings (input). */
  source: MeasureSource;
  pointsEach: number;
  /** The most this deduction can take off. */
  cap: number;
  note: string;
}

export interface AssessmentScheme {
  version: number;
  name: string;
  /** The first day of the assessment year it applies to (YYYY-MM-DD). */
  effectiveFrom: string;
  indicators: Indicator[];
  deductions: Deduction[];
  /** Rankings and selection need at least this many first-rated demands (DOMAIN.md: 5). */
  minRatedDemands: number;
  /** Excellent-steward nominations each unit may make (art. 9). */
  nominationQuotaPerUnit: number;
}

export const SCORING_RULE =
  '每项指标得分 = 分值 × Σ（各测量项占比 × 完成度），完成度 = 实际值 ÷ 目标值（不超过 1）。本年度没有数据的测量项（如没有差评就没有回访）不计，其占比按比例分给同一指标的其余测量项；整项指标都没有数据的不计分，总分按其余指标的满分折算为百分制。最后减去扣分项（不超过各自上限），总分不低于 0。';
