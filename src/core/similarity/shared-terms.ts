import { textRuns } from './demand-text';

/**
 * The phrases most members of a group share, for the group's heading (e.g. 研发费用补贴、申报):
 * start from bigrams found in enough members and grow each one a character at a time while
 * enough members still contain it; keep the longest, most shared phrases.
 */
export const TERM_COVERAGE = 0.6;
/** Enough members to name a group; more would only cost time. */
const SAMPLE = 50;

export const sharedTerms = (texts: readonly string[], max = 4): string[] => {
  const runs = texts.slice(0, SAMPLE).map((t) => textRuns(t));
  const need = Math.max(2, Math.ceil(runs.length * TERM_COVERAGE));
  const coverage = (term: string) => runs.filter((rs) => rs.some((r) => r.includes(term))).length;
  const grow = (term: string): string => {
    const options = new Set<string>();
    for (const rs of runs)
      for (const r of rs) {
        for (let i = r.indexOf(term); i >= 0; i = r.indexOf(term, i + 1)) {
          if (i > 0) options.add(r[i - 1] + term);
          if (i + term.length < r.length) options.add(term + r[i + term.length]);
        }
      }
    const best = [...options].map((o) => [o, coverage(o)] as const).filter(([, c]) => c >= need).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    return best ? grow(best[0]) : term;
  };
  const seeds = new Set<string>();
  for (const rs of runs) for (const r of rs) for (let i = 0; i + 2 <= r.length; i++) seeds.add(r.slice(i, i + 2));
  const phrases = [...new Set([...seeds].filter((s) => coverage(s) >= need).map(grow))].map((p) => ({ p, c: coverage(p) }));
  const kept = phrases.filter((x) => !phrases.some((y) => y.p !== x.p && y.p.includes(x.p)));
  return kept.sort((a, b) => b.c - a.c || b.p.length - a.p.length || (a.p < b.p ? -1 : 1)).slice(0, max).map((x) => x.p);
};
