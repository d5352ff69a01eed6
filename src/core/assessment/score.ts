import { evidenceKeys } from '../figures/figure-definition';
import { figure, type FigureValues } from '../figures/figure-catalogue';
import { ASSESSMENT_INPUTS, type AssessmentScheme, type Measure, type MeasureSource, type SubjectKind } from './scheme';

/**
 * Scores one unit or steward for a year under a scheme. Every number in the result says where
 * it came from (the figure or input, its value, the counters behind it), so a score drills down
 * to the records: the server lists the records behind each evidence counter for the subject's
 * slice and year.
 */
export interface ScoreInput {
  /** deriveFigures of the subject's slice for the assessment year. */
  figures: FigureValues;
  inputs?: Partial<Record<keyof typeof ASSESSMENT_INPUTS, number | null>>;
}

export interface MeasureScore {
  source: MeasureSource;
  label: string;
  value: number | null;
  /** 0–1: how much of the measure's share was earned; null when not applicable. */
  attainment: number | null;
  share: number;
  /** The share after redistributing measures with no data. */
  effectiveShare: number;
  points: number;
  evidence: string[];
  /** Why it did not count, e.g. 首次评价不足 5 件. */
  notApplicable?: string;
}

export interface IndicatorScore {
  key: string;
  label: string;
  points: number;
  applicable: boolean;
  earned: number;
  measures: MeasureScore[];
}

export interface DeductionScore {
  key: string;
  label: string;
  count: number;
  deducted: number;
  evidence: string[];
}

export interface ScoreResult {
  schemeVersion: number;
  subject: SubjectKind;
  /** 0–100, one decimal. */
  total: number;
  /** Points earned before rescaling, and the points of the indicators that had data. */
  earned: number;
  applicablePoints: number;
  indicators: IndicatorScore[];
  deductions: DeductionScore[];
  ratedDemands: number;
  /** Rankings and selection need enough rated demands. */
  eligible: boolean;
  ineligibleReason?: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const labelOf = (s: MeasureSource) => ('figure' in s ? figure(s.figure).label : ASSESSMENT_INPUTS[s.input].label);
const evidenceOf = (s: MeasureSource) => ('figure' in s ? evidenceKeys(figure(s.figure)) : [`input:${s.input}`]);
const valueOf = (s: MeasureSource, input: ScoreInput) => ('figure' in s ? input.figures[s.figure] : input.inputs?.[s.input]) ?? null;

const attainmentOf = (m: Measure, value: number) => {
  const good = 'figure' in m.source && figure(m.source.figure).better === 'lower' ? 1 - value : value;
  return Math.min(1, Math.max(0, good / (m.target ?? 1)));
};

export const score = (scheme: AssessmentScheme, subject: SubjectKind, input: ScoreInput): ScoreResult => {
  const rated = input.figures.rated ?? 0;
  const indicators = scheme.indicators
    .filter((ind) => ind.appliesTo.includes(subject))
    .map((ind): IndicatorScore => {
      const raw = ind.measures.map((m) => {
        const value = valueOf(m.source, input);
        const notApplicable = m.needsRatedDemands && rated < scheme.minRatedDemands ? `首次评价不足 ${scheme.minRatedDemands} 件` : value === null ? '本年度无数据' : undefined;
        return { m, value, attainment: notApplicable ? null : attainmentOf(m, value!), notApplicable };
      });
      const shares = raw.reduce((sum, r) => sum + (r.attainment === null ? 0 : r.m.share), 0);
      const measures = raw.map(({ m, value, attainment, notApplicable }): MeasureScore => {
        const effectiveShare = attainment === null || shares === 0 ? 0 : m.share / shares;
        return { source: m.source, label: labelOf(m.source), value, attainment, share: m.share, effectiveShare, points: attainment === null ? 0 : ind.points * effectiveShare * attainment, evidence: evidenceOf(m.source), ...(notApplicable ? { notApplicable } : {}) };
      });
      return { key: ind.key, label: ind.label, points: ind.points, applicable: shares > 0, earned: measures.reduce((sum, m) => sum + m.points, 0), measures };
    });
  const earned = indicators.reduce((sum, i) => sum + i.earned, 0);
  const applicablePoints = indicators.reduce((sum, i) => sum + (i.applicable ? i.points : 0), 0);
  const fullPoints = indicators.reduce((sum, i) => sum + i.points, 0);
  const deductions = scheme.deductions.map((d): DeductionScore => {
    const count = valueOf(d.source, input) ?? 0;
    return { key: d.key, label: d.label, count, deducted: Math.min(d.cap, count * d.pointsEach), evidence: evidenceOf(d.source) };
  });
  const rescaled = applicablePoints === 0 ? 0 : (earned * fullPoints) / applicablePoints;
  const total = round1(Math.max(0, rescaled - deductions.reduce((sum, d) => sum + d.deducted, 0)));
  const eligible = rated >= scheme.minRatedDemands && applicablePoints > 0;
  return {
    schemeVersion: scheme.version, subject, total, earned: round1(earned), applicablePoints, indicators, deductions, ratedDemands: rated, eligible,
    ...(eligible ? {} : { ineligibleReason: applicablePoints === 0 ? '本年度没有可计分的数据' : `首次评价的诉求不足 ${scheme.minRatedDemands} 件（${rated} 件），不参与排名` }),
  };
};
