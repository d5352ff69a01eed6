/**
 * Ranks of stored scores and the units a publication asks for a rectification plan: pure, so the
 * server stores what the app shows and the tests check it on hand-built rows.
 */
export interface Ranked {
  id: string;
  total: number;
  eligible: boolean;
}

/** Competition ranks (1, 2, 2, 4) among eligible rows by total; ineligible rows get null. */
export const competitionRanks = (rows: readonly Ranked[]): Map<string, number | null> => {
  const eligible = rows.filter((r) => r.eligible).sort((a, b) => b.total - a.total);
  const ranks = new Map<string, number | null>(rows.map((r) => [r.id, null]));
  eligible.forEach((row, i) => ranks.set(row.id, i > 0 && eligible[i - 1].total === row.total ? ranks.get(eligible[i - 1].id)! : i + 1));
  return ranks;
};

/** Units below the threshold (when one is given) and those the district chose, each once. */
export const unitsToRectify = (units: ReadonlyArray<{ id: string; total: number }>, below: number | undefined, chosen: readonly string[]): string[] => {
  const known = new Set(units.map((u) => u.id));
  return [...new Set([...(below === undefined ? [] : units.filter((u) => u.total < below).map((u) => u.id)), ...chosen.filter((id) => known.has(id))])];
};
