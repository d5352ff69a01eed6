import { figure, type FigureValues } from '../figures/figure-catalogue';
import { compareChinese } from '../text/chinese-order';

/**
 * Rankings of units (and of stewards within a unit) by one stated composite of figures. The
 * formula is data so the bulletin prints it (the 口径 below) and the district can see exactly
 * why a unit ranks where it does.
 */
export interface RankingComponent {
  figure: string;
  /** Points the component is worth when its figure is 100% (weights sum to 100). */
  weight: number;
  /** The component counts only with enough evidence, e.g. at least 5 first ratings for 满意率. */
  minSample?: { figure: string; min: number };
}

export interface RankingFormula {
  components: readonly RankingComponent[];
  definition: string;
}

/** Too few ratings make a satisfaction rate noise: 5 is the DOMAIN.md minimum for rankings. */
export const MIN_RATED_FOR_RANKING = 5;

export const DEFAULT_RANKING: RankingFormula = {
  components: [
    { figure: 'resolveOnTimeRate', weight: 30 },
    { figure: 'stageOnTimeRate', weight: 15 },
    { figure: 'satisfiedRate', weight: 25, minSample: { figure: 'rated', min: MIN_RATED_FOR_RANKING } },
    { figure: 'contactCoverageRate', weight: 20 },
    { figure: 'visitCoverageRate', weight: 10 },
  ],
  definition:
    '综合得分 = 30 × 按时办结率 + 15 × 各环节综合按时率 + 25 × 满意率 + 20 × 按周期联系率 + 10 × 按周期走访率（各比率按 0–1 计，满分 100）。' +
    `某项本期无数据（如没有办结的诉求），或首次评价不足 ${MIN_RATED_FOR_RANKING} 件时的满意率，不参与计分，其权重按比例分给其余各项；各项均无数据的不参与排名。得分保留一位小数，相同的并列同一名次。`,
};

export interface RankingRow {
  id: string;
  name: string;
  figures: FigureValues;
}

export interface RankedComponent {
  figure: string;
  label: string;
  value: number | null;
  weight: number;
  /** The weight after redistributing components that had no data. */
  effectiveWeight: number;
  points: number;
}

export interface RankedRow {
  id: string;
  name: string;
  score: number | null;
  /** 1-based; equal scores share a rank (1, 2, 2, 4); null when not ranked for lack of data. */
  rank: number | null;
  components: RankedComponent[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export const compositeScore = (figures: FigureValues, formula: RankingFormula = DEFAULT_RANKING): { score: number | null; components: RankedComponent[] } => {
  const usable = (c: RankingComponent) => {
    const value = figures[c.figure];
    if (value === null || value === undefined) return null;
    if (c.minSample && (figures[c.minSample.figure] ?? 0) < c.minSample.min) return null;
    // A lower-is-better rate (e.g. 差评率) scores by its complement.
    return figure(c.figure).better === 'lower' ? 1 - value : value;
  };
  const values = formula.components.map(usable);
  const available = formula.components.reduce((sum, c, i) => sum + (values[i] === null ? 0 : c.weight), 0);
  const total = formula.components.reduce((sum, c) => sum + c.weight, 0);
  const components = formula.components.map((c, i) => {
    const effectiveWeight = values[i] === null || available === 0 ? 0 : (c.weight * total) / available;
    return { figure: c.figure, label: figure(c.figure).label, value: figures[c.figure] ?? null, weight: c.weight, effectiveWeight, points: values[i] === null ? 0 : effectiveWeight * values[i]! };
  });
  return { score: available === 0 ? null : round1(components.reduce((sum, c) => sum + c.points, 0)), components };
};

/** Ranks rows best first; unranked rows (no data) follow in name order. */
export const rankRows = (rows: readonly RankingRow[], formula: RankingFormula = DEFAULT_RANKING): RankedRow[] => {
  const scored = rows.map((r) => ({ id: r.id, name: r.name, ...compositeScore(r.figures, formula) }));
  scored.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || compareChinese(a.name, b.name));
  let previous: { score: number | null; rank: number } | null = null;
  return scored.map((row, i) => {
    if (row.score === null) return { ...row, rank: null };
    const rank: number = previous && previous.score === row.score ? previous.rank : i + 1;
    previous = { score: row.score, rank };
    return { ...row, rank };
  });
};
