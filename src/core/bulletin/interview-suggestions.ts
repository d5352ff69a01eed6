import type { RedFlag } from './red-flags';
import type { RankedRow } from './ranking';

/** The quarterly interview (季约谈) list the district starts from: the bottom ranks and anyone with a serious red flag. */
export const DEFAULT_BOTTOM_COUNT = 3;

export interface InterviewSuggestion {
  id: string;
  name: string;
  reasons: string[];
}

export const suggestInterviews = (ranking: readonly RankedRow[], flags: Readonly<Record<string, readonly RedFlag[]>>, bottom = DEFAULT_BOTTOM_COUNT): InterviewSuggestion[] => {
  const ranked = ranking.filter((r) => r.rank !== null);
  const cut = ranked.length > bottom ? ranked[ranked.length - bottom].rank! : Infinity;
  return ranking.flatMap((row) => {
    const reasons = [
      ...(row.rank !== null && row.rank >= cut ? [`综合排名第 ${row.rank} 名（共 ${ranked.length} 个）`] : []),
      ...(flags[row.id] ?? []).filter((f) => f.severity === 'serious').map((f) => `严重预警：${f.text}`),
    ];
    return reasons.length ? [{ id: row.id, name: row.name, reasons }] : [];
  });
};
