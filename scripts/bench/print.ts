/** The bench's tables, with each budget and PASS/FAIL beside it. */
import { NO_RATIO_KINDS, P95_BUDGET_MS, RATIO_BUDGET } from './cases';
import type { BulletinResult, CaseResult, PairResult, TimerResult } from './measure';

export interface FolderResult {
  openMs: number;
  seeded?: Record<string, number>;
  cases: CaseResult[];
  bulletin: BulletinResult;
  timers: TimerResult[];
  peakRssMb: number;
}

/** Issue 14: the hourly and morning runs within 10 s at N=10; the night's run within the cron function's 60 s timeout (its jobs stop at 40 s). */
export const TIMER_BUDGET_MS: Record<string, number> = { hourly: 10_000, morning: 10_000, repair: 60_000 };
/** Issue 14: the monthly bulletin's figures (district month, unit ranking, steward rankings per unit, red flags) within a second at N=10. */
export const BULLETIN_BUDGET_MS = 1_000;
export const ROWS_PER_QUERY_BUDGET = 1_000;
export const RSS_BUDGET_MB = 1_024;

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const int = (n: number) => n.toLocaleString('en');

export const table = (header: string[], rows: string[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [header, ...rows].map((r) => '  ' + r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
};

/** Prints one data set's results; returns how many budgets failed. */
export const printFolder = (title: string, r: FolderResult): number => {
  let failed = 0;
  const check = (ok: boolean) => (ok || failed++, verdict(ok));
  console.log(`\n${title}\n  opened in ${int(r.openMs)} ms; peak RSS of the bench process ${int(r.peakRssMb)} MB (budget ≤ ${int(RSS_BUDGET_MB)} MB at N=10) ${check(r.peakRssMb <= RSS_BUDGET_MB)}`);
  const rows = r.cases.map((c) => {
    const budget = P95_BUDGET_MS[c.kind];
    const cells = [budget ? `p95 ≤ ${budget} ms ${check(c.p95Ms <= budget)}` : ''];
    if (c.maxTrips) cells.push(`trips ≤ ${c.maxTrips} ${check(c.trips <= c.maxTrips)}`);
    if (c.error) {
      cells.push(`ERROR ${c.error}`);
      failed++;
    }
    return [c.label, c.kind, String(c.runs), fmt(c.medianMs), fmt(c.p95Ms), String(c.trips), int(c.rows), int(c.maxRowsPerQuery), cells.filter(Boolean).join(' · ')];
  });
  console.log(table(['action', 'kind', 'runs', 'median ms', 'p95 ms', 'db trips', 'rows read', 'max rows/query', 'budget'], rows));
  const b = r.bulletin;
  const bulletinBudget = b.error ? (failed++, `ERROR ${b.error}`) : `≤ ${int(BULLETIN_BUDGET_MS)} ms ${check(b.ms <= BULLETIN_BUDGET_MS)} · ≤ ${int(ROWS_PER_QUERY_BUDGET)} rows/query ${check(b.maxRowsPerQuery <= ROWS_PER_QUERY_BUDGET)}`;
  console.log(
    `  the monthly bulletin's figures (last month: district figures, unit ranking with red flags, each unit's figures and steward ranking, trend): ${fmt(b.ms, 0)} ms (median of ${b.runs}), ` +
      `${b.calls} units, ${int(b.trips)} db trips, ${int(b.rows)} rows read, max ${int(b.maxRowsPerQuery)} rows/query, ${b.flaggedUnits} units flagged · ${bulletinBudget}` +
      (b.generateMs !== undefined ? `\n  the monthly bulletin's generation by the timer's job (claim, figures, ${b.calls} unit sections, the bulletin, the district's notice): ${fmt(b.generateMs, 0)} ms${b.generated ? '' : ' (it existed: nothing written)'}` : ''),
  );
  console.log(
    table(
      ['timer', 'fired as at', 'ms', 'db trips', 'rows read', 'max rows/query', 'budget', 'jobs'],
      r.timers.map((t) => [
        `cron ${t.trigger}`, t.at, int(Math.round(t.ms)), int(t.trips), int(t.rows), int(t.maxRowsPerQuery),
        `≤ ${TIMER_BUDGET_MS[t.trigger] / 1000} s ${check(t.ms <= TIMER_BUDGET_MS[t.trigger])} · ≤ ${int(ROWS_PER_QUERY_BUDGET)} rows/query ${check(t.maxRowsPerQuery <= ROWS_PER_QUERY_BUDGET)}`,
        JSON.stringify((t.report as { jobs?: unknown })?.jobs ?? t.report),
      ]),
    ),
  );
  return failed;
};

/** Below this the ratio is timer noise: a 0.3 ms call taking 0.5 ms has not grown with the data. */
const RATIO_TOLERANCE_MS = 1;

/**
 * Median time of the bigger scale over the smaller, per action; returns how many exceed the budget.
 * The medians of `pairs` (the two called in turn in one process) stand in for the per-scale runs',
 * which ran minutes apart; writes and exports keep those, without a budget.
 */
export const printRatio = (a: { scale: number; result: FolderResult }, b: { scale: number; result: FolderResult }, pairs: PairResult[]): number => {
  let failed = 0;
  const rows = a.result.cases.flatMap((ca) => {
    const cb = b.result.cases.find((x) => x.label === ca.label);
    if (!cb || ca.error || cb.error) return [];
    const pair = pairs.find((p) => p.label === ca.label);
    const [ma, mb] = pair ? pair.medianMs : [ca.medianMs, cb.medianMs];
    const ratio = mb / ma;
    const ok = ratio <= RATIO_BUDGET || mb - ma <= RATIO_TOLERANCE_MS;
    const budgeted = !NO_RATIO_KINDS.includes(ca.kind);
    if (!ok && budgeted) failed++;
    if (budgeted && !pair) failed++; // a budgeted action that failed or was too slow in turn
    const label = pair?.pageRows ? `${ca.label} [pages of ${pair.pageRows}]` : ca.label;
    return [[label, fmt(ma), fmt(mb), fmt(ratio, 2), int(ca.rows), int(cb.rows), budgeted ? (pair ? `≤ ${RATIO_BUDGET} ${verdict(ok)}` : 'not measured in turn FAIL') : '']];
  });
  const timerRows = a.result.timers.map((ta) => {
    const tb = b.result.timers.find((x) => x.trigger === ta.trigger)!;
    return [`cron ${ta.trigger}`, fmt(ta.ms, 0), fmt(tb.ms, 0), fmt(tb.ms / ta.ms, 2), int(ta.rows), int(tb.rows), ''];
  });
  const [ba, bb] = [a.result.bulletin, b.result.bulletin];
  if (ba && bb && !ba.error && !bb.error) timerRows.unshift(["the monthly bulletin's figures", fmt(ba.ms, 0), fmt(bb.ms, 0), fmt(bb.ms / ba.ms, 2), int(ba.rows), int(bb.rows), '']);
  console.log(`\nN=${b.scale} over N=${a.scale} (median time, the two scales called in turn in one process; a difference under ${RATIO_TOLERANCE_MS} ms counts as noise).`);
  console.log(`[pages of n]: N=${a.scale} has fewer rows than a page, so both scales were asked for pages of n rows (the same answer from more data); the rows columns are the per-scale runs'.`);
  console.log(table(['action', `N=${a.scale} ms`, `N=${b.scale} ms`, 'ratio', `N=${a.scale} rows`, `N=${b.scale} rows`, 'budget'], [...rows, ...timerRows]));
  return failed;
};
