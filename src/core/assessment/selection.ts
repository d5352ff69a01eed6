import { invalid } from '../errors';
import type { AssessmentScheme } from './scheme';
import type { ScoreResult } from './score';
import { compareChinese } from '../text/chinese-order';

/**
 * Excellent-steward selection (art. 9): a ranking from the assessment with the minimum-sample
 * rule, the per-unit nomination quota, and a check of each unit's nominations.
 */
export interface SelectionCandidate {
  stewardId: string;
  name: string;
  unitId: string;
  result: ScoreResult;
}

export interface SelectionRow extends SelectionCandidate {
  /** District-wide rank among eligible stewards (ties share a rank); null when not eligible. */
  rank: number | null;
  /** Rank within the unit among eligible stewards. */
  unitRank: number | null;
  /** Within the unit's quota: the unit's default nominees. */
  suggested: boolean;
}


/** Higher total first; on equal totals more rated demands (more evidence), then name. */
const order = (a: SelectionCandidate, b: SelectionCandidate) => b.result.total - a.result.total || b.result.ratedDemands - a.result.ratedDemands || compareChinese(a.name, b.name);

const competitionRanks = <T extends SelectionCandidate>(rows: readonly T[]): Map<string, number> => {
  const ranks = new Map<string, number>();
  rows.forEach((row, i) => ranks.set(row.stewardId, i > 0 && rows[i - 1].result.total === row.result.total ? ranks.get(rows[i - 1].stewardId)! : i + 1));
  return ranks;
};

export const rankForSelection = (candidates: readonly SelectionCandidate[], scheme: Pick<AssessmentScheme, 'nominationQuotaPerUnit'>): SelectionRow[] => {
  // Eligible stewards first, by score; the others after them, so the list reads as the ranking.
  const sorted = [...candidates].sort((a, b) => Number(b.result.eligible) - Number(a.result.eligible) || order(a, b));
  const eligible = sorted.filter((c) => c.result.eligible);
  const ranks = competitionRanks(eligible);
  const unitRanks = new Map<string, number>();
  for (const unitId of new Set(eligible.map((c) => c.unitId))) competitionRanks(eligible.filter((c) => c.unitId === unitId)).forEach((rank, id) => unitRanks.set(id, rank));
  return sorted.map((c) => {
    const unitRank = unitRanks.get(c.stewardId) ?? null;
    return { ...c, rank: ranks.get(c.stewardId) ?? null, unitRank, suggested: unitRank !== null && unitRank <= scheme.nominationQuotaPerUnit };
  });
};

/** Problems with one unit's nominations, by steward id (or 'quota'); empty when they can be submitted. */
export const nominationProblems = (unitId: string, stewardIds: readonly string[], ranking: readonly SelectionRow[], scheme: Pick<AssessmentScheme, 'nominationQuotaPerUnit'>): Record<string, string> => {
  const problems: Record<string, string> = {};
  const unique = [...new Set(stewardIds)];
  if (unique.length > scheme.nominationQuotaPerUnit) problems.quota = `每个单位最多推荐 ${scheme.nominationQuotaPerUnit} 名，现推荐了 ${unique.length} 名`;
  for (const id of unique) {
    const row = ranking.find((r) => r.stewardId === id);
    if (!row || row.unitId !== unitId) problems[id] = '该管家不属于本单位或未参加本年度考核';
    else if (!row.result.eligible) problems[id] = `${row.name}：${row.result.ineligibleReason ?? '不符合推荐条件'}`;
  }
  return problems;
};

export const assertNominations = (unitId: string, stewardIds: readonly string[], ranking: readonly SelectionRow[], scheme: Pick<AssessmentScheme, 'nominationQuotaPerUnit'>): void => {
  const problems = nominationProblems(unitId, stewardIds, ranking, scheme);
  if (Object.keys(problems).length) throw invalid(Object.values(problems)[0], problems);
};
